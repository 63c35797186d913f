import type { TAtom } from './atom-postings.ts';
import { conceptToken, type TConceptMatch } from './concept-lexicon.ts';
import { headToken } from './index-rows.ts';

/**
 * An analysed query and its translation into each engine's match syntax. Users' text never reaches
 * the engines as syntax: every token is quoted, so `"`, `*`, `:`, `-`, `(`, NEAR, AND, OR and NOT
 * typed in the box are only words (or nothing).
 */
export type TQueryWord = {
  /** The word as typed. */
  text: string;
  /** Normalised and folded, unstemmed. */
  raw: string;
  /** Index tokens any of which matches the word (stems in each query language, the raw form). */
  alternatives: string[];
  /** Set on the last word of a short query: also match index tokens starting with this. */
  prefix?: string;
};

/** Words that must all match, or any of the concepts these words name. */
export type TQueryGroup = { words: TQueryWord[]; conceptIds: string[] };

export type TAnalysedQuery = {
  /** The query as searched (trimmed and cut to a sane length). */
  text: string;
  /** Its detected language ("und" when it has no letters we know). */
  language: string;
  /** The languages its words were stemmed in (the detected one, and the locale's for short queries). */
  languages: string[];
  words: TQueryWord[];
  groups: TQueryGroup[];
  /** Concept ids its words and phrases name. */
  concepts: string[];
  /** Nothing to search: only punctuation, marks or stop words. The caller shows the browse view. */
  isEmpty: boolean;
  /** A few words: stemmed in the interface language too, last word as a prefix, typos corrected. */
  isShort: boolean;
  /**
   * The places its words name, each with the span of words that names it, and whether only as a
   * misspelt name ("Suisa" → Switzerland): the search checks each against the index (ADR 0125).
   */
  namedPlaces?: TNamedPlace[];
  /**
   * The concepts one word names only in a language the query was guessed to be in (the interface's,
   * franc's close guesses), not one its text shows: the search checks each against the index (ADR 0126).
   */
  guessedConcepts?: Array<{ conceptId: string; start: number }>;
};

export type TNamedPlace = { placeId: string; start: number; end: number; isMisspelt: boolean };

/**
 * The query without some of the places or concepts it was read to name (words the index reads
 * otherwise): its words stay.
 */
export function withoutConcepts(query: TAnalysedQuery, conceptIds: ReadonlySet<string>): TAnalysedQuery {
  if (conceptIds.size === 0) return query;
  const { namedPlaces, guessedConcepts, ...rest } = query;
  const places = (namedPlaces ?? []).filter((m) => !conceptIds.has(m.placeId));
  const guessed = (guessedConcepts ?? []).filter((m) => !conceptIds.has(m.conceptId));
  return {
    ...rest,
    groups: query.groups.map((g) => ({ ...g, conceptIds: g.conceptIds.filter((id) => !conceptIds.has(id)) })),
    concepts: query.concepts.filter((id) => !conceptIds.has(id)),
    ...(places.length > 0 ? { namedPlaces: places } : {}),
    ...(guessed.length > 0 ? { guessedConcepts: guessed } : {}),
  };
}

/** `all`: every group must match (the first try); `any`: one is enough (when `all` found nothing). */
export type TMatchMode = 'all' | 'any';

export function buildQueryGroups(words: TQueryWord[], matches: TConceptMatch[]): TQueryGroup[] {
  const groups: TQueryGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const here = matches.filter((m) => m.start === i);
    const end = Math.max(i + 1, ...here.map((m) => m.end));
    groups.push({ words: words.slice(i, end), conceptIds: [...new Set(here.map((m) => m.conceptId))] });
    i = end;
  }
  return groups;
}

/** The same query with some words replaced by a single index token (a "did you mean" correction). */
export function correctQuery(query: TAnalysedQuery, corrections: Map<TQueryWord, string>): TAnalysedQuery {
  const fix = (w: TQueryWord): TQueryWord => {
    const term = corrections.get(w);
    return term ? { text: w.text, raw: term, alternatives: [term] } : w;
  };
  return {
    ...query,
    words: query.words.map(fix),
    groups: query.groups.map((g) => ({ ...g, words: g.words.map(fix) })),
  };
}

type TSyntax = {
  quote(token: string): string;
  prefix(token: string): string;
  and: string;
  or: string;
};

const FTS5_SYNTAX: TSyntax = {
  quote: (t) => `"${t.replaceAll('"', '""')}"`,
  prefix: (t) => `"${t.replaceAll('"', '""')}"*`,
  and: ' AND ',
  or: ' OR ',
};

const TSQUERY_SYNTAX: TSyntax = {
  quote: (t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`,
  prefix: (t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`,
  and: ' & ',
  or: ' | ',
};

function compile(query: TAnalysedQuery, mode: TMatchMode, syntax: TSyntax, withConcepts = true): string {
  const word = (w: TQueryWord) => {
    const options = [...new Set(w.alternatives)].map(syntax.quote);
    if (w.prefix) options.push(syntax.prefix(w.prefix));
    return `(${options.join(syntax.or)})`;
  };
  const group = (g: TQueryGroup) => {
    const words = g.words.map(word).join(syntax.and);
    if (g.conceptIds.length === 0 || !withConcepts) return g.words.length > 1 ? `(${words})` : words;
    const concepts = g.conceptIds.map((id) => syntax.quote(conceptToken(id)));
    return `((${words})${syntax.or}${concepts.join(syntax.or)})`;
  };
  return query.groups.map(group).join(mode === 'all' ? syntax.and : syntax.or);
}

/** An FTS5 MATCH expression: `("guard" OR "guarderi") AND …`. */
export function toFts5Match(query: TAnalysedQuery, mode: TMatchMode): string {
  return compile(query, mode, FTS5_SYNTAX);
}

/** A tsquery literal (cast with ::tsquery, never parsed by a text search configuration). */
export function toTsquery(query: TAnalysedQuery, mode: TMatchMode): string {
  return compile(query, mode, TSQUERY_SYNTAX);
}

/**
 * A search's match expression in one engine's syntax: the query (if any) AND its filter token groups
 * (if any); undefined when there is neither. With `isOwnWordsOnly`, the query's own words without the
 * concepts they name, in the same mode (every group's words, or any group's): the documents that
 * rank first, on both engines alike.
 */
export function matchExpression(
  engine: 'fts5' | 'tsquery',
  match: { query: TAnalysedQuery; mode: TMatchMode } | undefined,
  filterGroups: readonly string[][],
  isOwnWordsOnly = false,
): string | undefined {
  const syntax = engine === 'fts5' ? FTS5_SYNTAX : TSQUERY_SYNTAX;
  const parts = [
    match ? compile(match.query, match.mode, syntax, !isOwnWordsOnly) : '',
    filterGroups.length > 0 ? compileFilter(filterGroups, syntax) : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? undefined : parts.map((p) => `(${p})`).join(syntax.and);
}

/**
 * What the ranking asks an engine about each group of a query (docs/adr/0022-rank-every-match.md):
 * which records hold its words anywhere, which hold them in their title or summary (head markers),
 * and which carry each concept it names (places are concepts too). Filters narrow all of them afterwards.
 */
export type TFeatureKind = 'words' | 'head' | 'concept';
export type TFeature = { group: number; kind: TFeatureKind; conceptId?: string };

/**
 * A feature of the query, and for words its atoms: for each word, the tokens (and prefix) any of which
 * matches it — every word must match (atom-postings.ts). Concepts are answered from memory.
 */
export type TQueryFeature = { feature: TFeature; atoms?: TAtom[][] };

/** The features of a query: per group its words (anywhere, and in the head) and each concept it names. */
export function queryFeatures(query: TAnalysedQuery): TQueryFeature[] {
  const atoms = (list: readonly TQueryWord[], marker: (t: string) => string) =>
    list.map((w) => {
      const options: TAtom[] = [...new Set(w.alternatives)].map((t) => ({
        token: marker(t),
        isPrefix: false,
      }));
      if (w.prefix) options.push({ token: marker(w.prefix), isPrefix: true });
      return options;
    });
  const found: TQueryFeature[] = [];
  query.groups.forEach((g, group) => {
    if (g.words.length > 0) {
      found.push({ feature: { group, kind: 'words' }, atoms: atoms(g.words, (t) => t) });
      found.push({ feature: { group, kind: 'head' }, atoms: atoms(g.words, headToken) });
    }
    for (const conceptId of g.conceptIds) found.push({ feature: { group, kind: 'concept', conceptId } });
  });
  return found;
}

/** The atoms of a query's features that are whole tokens (not prefixes): what the ranking reads for sure. */
export function wholeTokenAtoms(query: TAnalysedQuery): TAtom[] {
  return queryFeatures(query).flatMap((f) => (f.atoms ? f.atoms.flat().filter((a) => !a.isPrefix) : []));
}

/** Every index token of the query, for highlighting. */
export function queryTokens(query: TAnalysedQuery): { terms: Set<string>; prefixes: string[] } {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  for (const w of query.words) {
    for (const t of w.alternatives) terms.add(t);
    if (w.prefix) prefixes.push(w.prefix);
  }
  return { terms, prefixes };
}

/** Facet filters (token alternatives per facet) as an FTS5 expression: `("f·a" OR "f·b") AND "f·c"`. */
export function toFts5Filter(groups: readonly string[][]): string {
  return compileFilter(groups, FTS5_SYNTAX);
}

/** Facet filters as a tsquery literal: `('f·a' | 'f·b') & 'f·c'`. */
export function toTsqueryFilter(groups: readonly string[][]): string {
  return compileFilter(groups, TSQUERY_SYNTAX);
}

function compileFilter(groups: readonly string[][], syntax: TSyntax): string {
  return groups.map((g) => `(${g.map(syntax.quote).join(syntax.or)})`).join(syntax.and);
}
