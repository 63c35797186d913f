import type { TDeps } from '../../deps.ts';
import { conceptLabel, countryConceptId, findConcept } from '../../taxonomy/taxonomy.ts';
import { readMemberNames } from '../organizations/index.ts';
import { hubAnalyser, placeMentionsIn } from '../search/index.ts';
import type { TLookups } from './extract/extract-document.ts';

/** A concept's label and synonyms in one language (none for a language the taxonomy does not hold). */
export function conceptTermsOf(conceptId: string, language: string): readonly string[] {
  const concept = findConcept(conceptId);
  if (!concept || !(language in concept.labels)) return [];
  const locale = language as keyof typeof concept.labels;
  return [concept.labels[locale], ...(concept.synonyms[locale] ?? [])].filter(Boolean);
}

/**
 * What the extractors look things up in, from the domains that own it: the gazetteer and the concept
 * lexicon (search's analyser) and the member directory (organisations), read once per import.
 */
export async function readLookups(deps: Pick<TDeps, 'db'>): Promise<TLookups> {
  return lookupsWith(await readMemberNames(deps));
}

/** The lookups over this member directory (an evaluation reads organisations by their names alone: none). */
export function lookupsWith(directory: TLookups['directory']): TLookups {
  return {
    directory,
    places: placeMentionsIn,
    arabicNameOf: (country) => conceptLabel(countryConceptId(country), 'ar'),
    concepts: (text, language) => {
      const { words, concepts } = hubAnalyser().analyseText(text, language);
      return concepts.map((c) => ({
        conceptId: c.conceptId,
        start: words[c.start]?.start ?? 0,
        end: words[c.end - 1]?.end ?? 0,
      }));
    },
    conceptTerms: conceptTermsOf,
  };
}
