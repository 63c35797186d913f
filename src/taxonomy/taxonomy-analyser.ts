import { createAnalyser, type TAnalyser } from '../platform/search/analyser.ts';
import { analyserFingerprint } from '../platform/search/analyser-fingerprint.ts';
import { createConceptLexicon, type TLexiconEntry } from '../platform/search/concept-lexicon.ts';
import type { PlaceNames, TPlaceNameSource } from '../platform/search/place-names.ts';
import { conceptsOf, lexiconEntries } from './taxonomy.ts';

/**
 * The analyser over the care taxonomy's concepts (every label and synonym, in every language) with the
 * place names given: the hub's analyser (domains/search, with its gazetteer) and the bulk import's
 * worker threads (given the same names as data, ADR 0106) are both made here, so they analyse alike.
 * Countries and regions are read by the place names only (ADR 0125): a stem is no evidence of a place
 * (Polish "dane", data, stems like "Dania"; Arabic "بيروت", Beirut, like "بيرو", Peru).
 */
export function createTaxonomyAnalyser(places: PlaceNames): TAnalyser {
  return createAnalyser({ lexicon: createConceptLexicon(taxonomyLexiconEntries()), places });
}

/** The concept phrases of the taxonomy's analyser: every label and synonym but the places'. */
function taxonomyLexiconEntries(): TLexiconEntry[] {
  const placeConcepts = new Set([...conceptsOf('country'), ...conceptsOf('region')].map((c) => c.id));
  return lexiconEntries().filter((e) => !placeConcepts.has(e.conceptId));
}

/**
 * The fingerprint of the taxonomy's analyser with these fixed place names (ADR 0126), computed from the
 * data alone: a process can compare it with the index's without building the analyser's tries.
 */
export function taxonomyAnalyserFingerprint(places: readonly TPlaceNameSource[]): string {
  return analyserFingerprint({ lexicon: taxonomyLexiconEntries(), places });
}
