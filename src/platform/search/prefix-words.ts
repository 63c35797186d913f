import type { TAnalysedQuery, TQueryWord } from './query-model.ts';
import type { TSearchEngine } from './search-types.ts';

/**
 * The last word of a short query also matches as a prefix ("Krak" finds "Krakowa"), which makes an
 * engine merge the posting lists of every term that starts with it. When the word is itself a term of
 * the index ("care"), the person typed a whole word: the prefix is dropped, which keeps common words
 * cheap (a prefix "care*" costs three times the word alone on 100,000 documents). A whole word is one
 * whose forms (its stems or itself) are terms of the index: "family" is, through its stem "famili".
 */
export async function dropWholeWordPrefixes(
  engine: TSearchEngine,
  query: TAnalysedQuery,
): Promise<TAnalysedQuery> {
  const whole = new Set<TQueryWord>();
  for (const word of query.words) {
    if (!word.prefix) continue;
    // The word's forms are read from the kept postings: the search reads them next anyway.
    if (await engine.holdsAnyToken([...new Set(word.alternatives)])) whole.add(word);
  }
  if (whole.size === 0) return query;
  const strip = (w: TQueryWord): TQueryWord => {
    if (!whole.has(w)) return w;
    const { prefix: _prefix, ...rest } = w;
    return rest;
  };
  return {
    ...query,
    words: query.words.map(strip),
    groups: query.groups.map((g) => ({ ...g, words: g.words.map(strip) })),
  };
}
