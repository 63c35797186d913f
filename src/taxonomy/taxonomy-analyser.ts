import { createAnalyser, type TAnalyser } from '../platform/search/analyser.ts';
import { createConceptLexicon } from '../platform/search/concept-lexicon.ts';
import type { PlaceNames } from '../platform/search/place-names.ts';
import { conceptsOf, lexiconEntries } from './taxonomy.ts';

/**
 * The analyser over the care taxonomy's concepts (every label and synonym, in every language) with the
 * place names given: the hub's analyser (domains/search, with its gazetteer) and the bulk import's
 * worker threads (given the same names as data, ADR 0106) are both made here, so they analyse alike.
 * Countries and regions are read by the place names only (ADR 0125): a stem is no evidence of a place
 * (Polish "dane", data, stems like "Dania"; Arabic "بيروت", Beirut, like "بيرو", Peru).
 */
export function createTaxonomyAnalyser(places: PlaceNames): TAnalyser {
  const placeConcepts = new Set([...conceptsOf('country'), ...conceptsOf('region')].map((c) => c.id));
  const entries = lexiconEntries().filter((e) => !placeConcepts.has(e.conceptId));
  return createAnalyser({ lexicon: createConceptLexicon(entries), places });
}
