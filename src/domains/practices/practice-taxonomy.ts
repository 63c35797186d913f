import { regionConceptIds } from '../../taxonomy/region-concepts.ts';
import {
  conceptLabel,
  conceptsOf,
  findConcept,
  isConceptOf as isTaxonomyConceptOf,
  type TConceptScheme,
} from '../../taxonomy/taxonomy.ts';

/**
 * The practices domain's view of the care taxonomy: which concept schemes a practice is tagged with,
 * whether an id belongs to one, labels in the reader's language, and the regions of a country.
 */
export const practiceSchemes = ['theme', 'population', 'five_r', 'sdg_target'] as const;
export type TPracticeScheme = (typeof practiceSchemes)[number];

export function isConceptOf(scheme: string, id: string): boolean {
  return (
    (practiceSchemes as readonly string[]).includes(scheme) &&
    isTaxonomyConceptOf(scheme as TConceptScheme, id)
  );
}

export function conceptIdsOf(scheme: TPracticeScheme): readonly string[] {
  return conceptsOf(scheme).map((c) => c.id);
}

export function labelOfConcept(id: string, locale: string): string {
  return conceptLabel(id, locale);
}

export function isKnownConcept(id: string): boolean {
  return findConcept(id) !== undefined;
}

export function schemeOfConcept(id: string): TConceptScheme | undefined {
  return findConcept(id)?.scheme;
}

/** The region concepts a country belongs to (narrowest first), e.g. PL → region:eastern_europe, region:europe. */
export function regionIdsOfCountry(code: string): readonly string[] {
  return regionConceptIds(code);
}
