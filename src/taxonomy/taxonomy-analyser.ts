import { createAnalyser, type TAnalyser } from '../platform/search/analyser.ts';
import { createConceptLexicon } from '../platform/search/concept-lexicon.ts';
import type { PlaceNames } from '../platform/search/place-names.ts';
import { lexiconEntries } from './taxonomy.ts';

/**
 * The analyser over the care taxonomy's concepts (every label and synonym, in every language) with the
 * place names given: the hub's analyser (domains/search, with its gazetteer) and the bulk import's
 * worker threads (given the same names as data, ADR 0106) are both made here, so they analyse alike.
 */
export function createTaxonomyAnalyser(places: PlaceNames): TAnalyser {
  return createAnalyser({ lexicon: createConceptLexicon(lexiconEntries()), places });
}
