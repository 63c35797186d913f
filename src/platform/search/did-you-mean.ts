import type { TAnalyser } from './analyser.ts';
import { conceptToken } from './concept-lexicon.ts';
import { correctQuery, type TAnalysedQuery, type TQueryWord, withoutConcepts } from './query-model.ts';
import type { TSearchEngine } from './search-types.ts';

/** How many records must use a word before the index can say it is mostly not the place it names. */
const MIN_RECORDS_OF_WORD = 3;

/**
 * The places a query names, checked against what the hub's records say of their words (ADR 0125):
 * - a misspelt place ("Suisa") stands only where its word matches nothing in the index: a word the
 *   records use ("congé" in French, one letter from "Congo") is that word, not a place;
 * - a place named by one word that the records mostly use otherwise (Spanish "reunión", a meeting,
 *   which is also Réunion; English "nice") stands only where at least half of the records that use
 *   the word are about the place, or too few use it to tell.
 * A place that another of the query's words names surely is kept.
 */
export async function withoutPlacesReadOtherwise(
  engine: TSearchEngine,
  query: TAnalysedQuery,
): Promise<TAnalysedQuery> {
  const refused = new Set<string>();
  const kept = new Set<string>();
  for (const place of query.namedPlaces ?? []) {
    const word = query.words[place.start];
    if (!word || (!place.isMisspelt && place.end - place.start > 1)) {
      kept.add(place.placeId);
      continue;
    }
    const { holding, alongWith } = await engine.countHolders(
      [...new Set(word.alternatives)],
      conceptToken(place.placeId),
    );
    const isReadOtherwise = place.isMisspelt ? holding > 0 : isMostlyOtherwise(holding, alongWith);
    (isReadOtherwise ? refused : kept).add(place.placeId);
  }
  for (const placeId of kept) refused.delete(placeId);
  return withoutConcepts(query, refused);
}

/**
 * The concepts a query's word names only in a language it was guessed to be in (the interface's, franc's
 * close guesses; `guessedConcepts`), checked against the records as places are (ADR 0126): where at least
 * three records use the word and fewer than half of them carry the concept, the word is that word
 * ("per cent" typed with the French interface is not "père", fathers; English "pay" is not French
 * "pays"). The records that carry a concept are those whose own language reads the word so. A concept
 * that another of the query's words names surely is kept.
 */
export async function withoutConceptsReadOtherwise(
  engine: TSearchEngine,
  query: TAnalysedQuery,
): Promise<TAnalysedQuery> {
  const guessed = query.guessedConcepts ?? [];
  if (guessed.length === 0) return query;
  const refused = new Set<string>();
  for (const { conceptId, start } of guessed) {
    const word = query.words[start];
    if (!word || refused.has(conceptId)) continue;
    const { holding, alongWith } = await engine.countHolders(
      [...new Set(word.alternatives)],
      conceptToken(conceptId),
    );
    if (isMostlyOtherwise(holding, alongWith)) refused.add(conceptId);
  }
  // Named surely elsewhere in the query: a group that holds it where no guess put it.
  let at = 0;
  for (const g of query.groups) {
    for (const id of g.conceptIds)
      if (!guessed.some((m) => m.conceptId === id && m.start === at)) refused.delete(id);
    at += g.words.length;
  }
  return withoutConcepts(query, refused);
}

/** At least `MIN_RECORDS_OF_WORD` records use the word, and fewer than half of them carry the reading. */
function isMostlyOtherwise(holding: number, alongWith: number): boolean {
  return holding >= MIN_RECORDS_OF_WORD && alongWith * 2 < holding;
}

/**
 * "Did you mean": for each word of a query that matches nothing, the most frequent term of the title
 * and summary vocabulary (fts5vocab on SQLite, search_terms on PostgreSQL) within a small edit
 * distance, among terms with the same first letter.
 */
const MIN_WORD_LENGTH = 4;

export async function correctUnknownWords(
  engine: TSearchEngine,
  query: TAnalysedQuery,
): Promise<TAnalysedQuery | undefined> {
  const corrections = new Map<TQueryWord, string>();
  for (const word of query.words) {
    if ([...word.raw].length < MIN_WORD_LENGTH) continue;
    const single: TAnalysedQuery = { ...query, words: [word], groups: [{ words: [word], conceptIds: [] }] };
    if (await engine.hasMatch({ query: single, mode: 'all' })) continue;
    const first = [...word.raw][0] ?? '';
    const candidates = await engine.vocabulary(first);
    const best = closestTerm(word, candidates);
    if (best) corrections.set(word, best);
  }
  return corrections.size > 0 ? correctQuery(query, corrections) : undefined;
}

function closestTerm(
  word: TQueryWord,
  candidates: Array<{ term: string; docCount: number }>,
): string | undefined {
  let best: { term: string; distance: number; docCount: number } | undefined;
  const forms = [...new Set([word.raw, ...word.alternatives])];
  for (const { term, docCount } of candidates) {
    for (const form of forms) {
      const limit = form.length <= 5 ? 1 : 2;
      if (Math.abs(term.length - form.length) > limit) continue;
      const distance = editDistance(form, term, limit);
      if (distance === 0 || distance > limit) continue;
      if (!best || distance < best.distance || (distance === best.distance && docCount > best.docCount)) {
        best = { term, distance, docCount };
      }
    }
  }
  return best?.term;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  let previous2: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The correction as words a reader recognises: each corrected token is replaced by a word of the top
 * result's text that has that token as a form ("guarderi" → "guarderías"), else by the token itself.
 */
export function describeCorrection(
  analyser: TAnalyser,
  original: TAnalysedQuery,
  corrected: TAnalysedQuery,
  topHit: { title: string; summary: string; body: string; language: string } | undefined,
): string {
  const text = topHit ? `${topHit.title}\n${topHit.summary}\n${topHit.body.slice(0, 5000)}` : '';
  const words = topHit ? analyser.analyseText(text, topHit.language).words : [];
  let display = original.text;
  original.words.forEach((word, i) => {
    const fixed = corrected.words[i];
    if (!fixed || fixed === word) return;
    const term = fixed.alternatives[0] ?? fixed.raw;
    const surface = words.find((w) => w.forms.includes(term));
    const replacement = surface ? text.slice(surface.start, surface.end).toLowerCase() : term;
    display = display.replace(word.text, replacement);
  });
  return display;
}
