import { markdownToText } from '../../platform/markdown.ts';
import { hubAnalyser } from '../search/index.ts';
import { termsOf } from './connection-matching.ts';
import type { TListingInput } from './connections.schemas.ts';

/**
 * What the hub's analyser reads in a listing: its language (when the writer gave none) and the
 * concepts and places its text names, in whatever language it is written; then the terms it is
 * matched and filtered by. Shared by the service and the demo.
 */
export function analyseListing(input: TListingInput) {
  const analysis = hubAnalyser().analyseDocument({
    title: input.title,
    summary: markdownToText(input.description),
    body: '',
    language: input.language || undefined,
    concepts: input.concepts,
  });
  const taggedConcepts = analysis.concepts.filter(
    (id) => !input.concepts.includes(id) && !id.startsWith('scope:') && !id.startsWith('stakeholder_type:'),
  );
  const content = {
    helpKind: input.helpKind,
    title: input.title,
    description: input.description,
    language: input.language || analysis.language,
    concepts: input.concepts,
    taggedConcepts,
    countries: input.countries,
    regions: input.regions,
    isAnywhere: input.isAnywhere,
    workingLanguages: input.workingLanguages,
    openUntil: input.openUntil || null,
  };
  return { content, terms: termsOf(content) };
}
