import { sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import { countFacetsOf, facetTotals, filterTokenGroups } from './index-rows.ts';
import type { TEngineFound, TEngineQuery, TEngineRow } from './search-types.ts';

export const RANK_CANDIDATES = 1000;
export const MAX_COUNTED = 10_000;

/** What an engine supplies to the bounded search both engines share. */
export type TMatcher<E> = {
  /** The match expression for the query's words (if any) AND its filter token groups (if any). */
  expression(query: TEngineQuery, filterGroups: string[][]): E | undefined;
  /** The same, restricted to documents containing the query's own words (any of them). */
  withOwnWords(query: TEngineQuery, expression: E): E;
  /** Up to `limit` matches, newest first, with their scores (higher is better) when ranked. */
  newestMatches(
    expression: E,
    limit: number,
    isRanked: boolean,
  ): Promise<Array<{ seq: number; score: number }>>;
  /** The number of matches, counting no further than `upTo`. */
  countMatches(expression: E, upTo: number): Promise<number>;
};

/**
 * The search both engines run (docs/adr/0014-bounded-search.md): walk the matches newest first and stop
 * after `bound` of them — the candidates —, gathering documents with the query's own words first when it
 * names concepts; rank the candidates; count facets over them and the total up to MAX_COUNTED. When no
 * more than `bound` documents match, that is every match: ranking, facets and total are exact.
 */
export async function findBounded<E>(
  db: TDb,
  matcher: TMatcher<E>,
  query: TEngineQuery,
  rankCandidates = RANK_CANDIDATES,
  maxCounted = MAX_COUNTED,
): Promise<TEngineFound> {
  const expression = matcher.expression(query, filterTokenGroups(query.filters));
  if (expression === undefined) return browseAll(db, query);
  const isRanked = query.match !== undefined && query.sort === 'relevance';
  const bound = Math.max(rankCandidates, query.offset + query.limit);

  const hasConcepts = isRanked && (query.match?.query.concepts.length ?? 0) > 0;
  // A concept query without filters usually has more matches than the bound, and then ranks in the
  // words-first walk below: its first walk only finds the candidates. With filters it usually has
  // fewer, and ranks in its first walk.
  const isFirstWalkRanked = isRanked && (!hasConcepts || query.filters.some(([, v]) => v.length > 0));
  let newest = await matcher.newestMatches(expression, bound + 1, isFirstWalkRanked);
  const isBounded = newest.length > bound;
  if (isRanked && !isFirstWalkRanked && !isBounded) {
    newest = await matcher.newestMatches(expression, bound + 1, true);
  }
  const withWords = hasConcepts
    ? await matcher.newestMatches(matcher.withOwnWords(query, expression), bound, true)
    : [];
  // A bounded concept query ranks its concept-only candidates only when the page reaches them.
  if (!isFirstWalkRanked && isRanked && isBounded && withWords.length < query.offset + query.limit) {
    newest = await matcher.newestMatches(expression, bound + 1, true);
  }
  const candidates: TCandidate[] = [];
  const seen = new Set<number>();
  // Whole-query scores where known (always, when not bounded), else the words-first walk's.
  const mainScore = isBounded ? new Map<number, number>() : new Map(newest.map((m) => [m.seq, m.score]));
  for (const m of withWords) {
    seen.add(m.seq);
    candidates.push({ seq: m.seq, tier: 1, score: mainScore.get(m.seq) ?? m.score });
  }
  for (const m of newest.slice(0, bound)) {
    if (candidates.length >= bound) break;
    if (seen.has(m.seq)) continue;
    candidates.push({ seq: m.seq, tier: hasConcepts ? 0 : 1, score: m.score });
  }
  const ordered = isRanked ? rankCandidatesInOrder(candidates) : await orderByDate(db, candidates);
  const [rows, facets, total] = await Promise.all([
    pageRows(db, ordered.slice(query.offset, query.offset + query.limit)),
    countFacetsOf(
      db,
      candidates.map((c) => c.seq),
    ),
    isBounded ? matcher.countMatches(expression, maxCounted + 1) : Promise.resolve(newest.length),
  ]);
  return {
    rows,
    total: Math.min(total, maxCounted),
    isTotalExact: total <= maxCounted,
    facets,
    ...(isBounded ? { facetsSampleSize: candidates.length } : {}),
  };
}

/** No words, no filters: the newest documents, every document counted, facets from the kept totals. */
async function browseAll(db: TDb, query: TEngineQuery): Promise<TEngineFound> {
  const rows = await db
    .selectFrom('search_documents')
    .select([
      'id',
      'type',
      'slug',
      'title',
      'summary',
      'body',
      'language',
      'published_at',
      sql<number>`0`.as('score'),
    ])
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const counted = await db
    .selectFrom('search_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return { rows, total: Number(counted?.n ?? 0), isTotalExact: true, facets: await facetTotals(db) };
}

/** A document a search considered: its tier (1: has the query's own words) and engine score (higher is better). */
export type TCandidate = { seq: number; tier: number; score: number };

/** By tier, then score; ties go to the newest indexed (the higher seq). */
function rankCandidatesInOrder(candidates: TCandidate[]): TCandidate[] {
  return [...candidates].sort((a, b) => b.tier - a.tier || b.score - a.score || b.seq - a.seq);
}

/** By publication date, newest first (for "newest" and for filters without words): reads their keys. */
async function orderByDate(db: TDb, candidates: TCandidate[]): Promise<TCandidate[]> {
  if (candidates.length === 0) return [];
  const keys = new Map<number, { id: string; published_at: string }>();
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500).map((c) => c.seq);
    const rows = await db
      .selectFrom('search_documents')
      .select(['seq', 'id', 'published_at'])
      .where('seq', 'in', chunk)
      .execute();
    for (const r of rows) keys.set(r.seq, r);
  }
  const dated = candidates.flatMap((c) => {
    const k = keys.get(c.seq);
    return k ? [{ c, id: k.id, at: k.published_at }] : [];
  });
  dated.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? 1 : -1));
  return dated.map((d) => d.c);
}

/** The rows of one page of ordered candidates, in that order, with their scores. */
export async function pageRows(db: TDb, page: TCandidate[]): Promise<TEngineRow[]> {
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom('search_documents')
    .select(['seq', 'id', 'type', 'slug', 'title', 'summary', 'body', 'language', 'published_at'])
    .where(
      'seq',
      'in',
      page.map((p) => p.seq),
    )
    .execute();
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  return page.flatMap((p): TEngineRow[] => {
    const r = bySeq.get(p.seq);
    if (!r) return [];
    const { seq: _seq, ...row } = r;
    return [{ ...row, score: p.score }];
  });
}
