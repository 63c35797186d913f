import type { TDatabaseHandle } from '../../platform/db/database.ts';
import type { TAnalyser, TDocumentAnalysis } from '../../platform/search/analyser.ts';
import type { TRelevanceOptions } from '../../platform/search/relevance.ts';
import {
  analyseSearchText,
  createSearchIndex,
  type TSearchDocument,
  type TSearchIndex,
} from '../../platform/search/search-index.ts';
import { countriesOfRegion, countryConceptId } from '../../taxonomy/taxonomy.ts';
import { createTaxonomyAnalyser, taxonomyAnalyserFingerprint } from '../../taxonomy/taxonomy-analyser.ts';
import { fixedPlaceNameSources, gazetteerPlaceCountry, hubPlaceNames } from './hub-places.ts';

/**
 * The hub's search, composed: the care taxonomy's labels and synonyms become the analyser's concept
 * lexicon (built once per process: it is the same for every database), and the analyser feeds the
 * index of whichever database the hub runs on.
 */
let analyser: TAnalyser | undefined;

export function hubAnalyser(): TAnalyser {
  analyser ??= createTaxonomyAnalyser(hubPlaceNames());
  return analyser;
}

let fingerprint: string | undefined;

/**
 * The fingerprint of the hub's analyser (ADR 0126): the taxonomy's phrases, the countries' and regions'
 * names, the stop words, libraries and code version. Not the editors' gazetteer: a change to it is
 * audited and indexes every record again from its domain (gazetteer.service.ts), and it changes while
 * the hub runs, so a start could not tell an edit from a stale index.
 */
export function hubAnalyserFingerprint(): string {
  fingerprint ??= taxonomyAnalyserFingerprint(fixedPlaceNameSources());
  return fingerprint;
}

/**
 * A document's analysis by the hub's analyser, exactly as the index computes it when it writes the
 * document (`analyseSearchText`): for work done away from the index (the bulk import's worker threads).
 */
export function analyseHubDocument(
  doc: Pick<TSearchDocument, 'title' | 'summary' | 'body' | 'language' | 'concepts' | 'places'>,
): TDocumentAnalysis {
  return analyseSearchText(hubAnalyser(), doc);
}

/**
 * The hub's analyser, built when first used: its lexicon and place names take ~70 MB, which a process
 * that only writes documents analysed elsewhere (the bulk import's writer, ADR 0104) never needs.
 */
const lazyHubAnalyser: TAnalyser = {
  get lexicon() {
    return hubAnalyser().lexicon;
  },
  // From the data alone: comparing it with the index's does not build the analyser.
  get fingerprint() {
    return hubAnalyserFingerprint();
  },
  analyseDocument: (input) => hubAnalyser().analyseDocument(input),
  analyseQuery: (query, options) => hubAnalyser().analyseQuery(query, options),
  analyseText: (text, language) => hubAnalyser().analyseText(text, language),
};

/** Countries, world regions and the gazetteer's places are what a query can name as a place. */
export function isPlaceConcept(conceptId: string): boolean {
  return (
    conceptId.startsWith('country:') || conceptId.startsWith('region:') || conceptId.startsWith('place:')
  );
}

/** Where a record is: its countries. */
export function isLocationConcept(conceptId: string): boolean {
  return conceptId.startsWith('country:');
}

/** The countries within a place a query names: a region's, a city's own, a country itself. */
export function locationsWithin(placeId: string): readonly string[] {
  if (placeId.startsWith('country:')) return [placeId];
  if (placeId.startsWith('region:')) return countriesOfRegion(placeId).map(countryConceptId);
  const country = gazetteerPlaceCountry(placeId);
  return country ? [countryConceptId(country)] : [];
}

export function createHubSearch(
  handle: Pick<TDatabaseHandle, 'db' | 'dialect'>,
  options: TRelevanceOptions = {},
): TSearchIndex {
  return createSearchIndex(handle, lazyHubAnalyser, {
    isPlaceConcept,
    isLocationConcept,
    locationsWithin,
    ...options,
  });
}
