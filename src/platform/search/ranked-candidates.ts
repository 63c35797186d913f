import { sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import { facetTotals, filterTokenGroups, type TFacetCountRow } from './index-rows.ts';
import type { TEngineFound, TEngineQuery, TEngineRow } from './search-types.ts';

export const RANK_CANDIDATES = 250;
export const FACET_CANDIDATES = 1000;
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
  /** Facet counts over these documents. */
  countFacets(seqs: readonly number[]): Promise<TFacetCountRow[]>;
};

/**
 * The search both engines run (docs/adr/0014-bounded-search.md). Two bounds keep its work flat however
 * many documents match:
 * - the newest `facetCandidates` matches (1,000) are found without ranking — a cheap walk of the
 *   index — and facets are counted over them (over every match when there are no more than that);
 *   the total is counted up to `maxCounted`;
 * - the newest `rankCandidates` matches (250) are ranked; when the query names concepts, those
 *   containing its own words are gathered and ranked first, then concept-only ones if the page
 *   reaches them.
 * A query with no more matches than `rankCandidates` is ranked, faceted and counted exactly.
 */
export type TBounds = { rankCandidates?: number; facetCandidates?: number; maxCounted?: number };

export async function findBounded<E>(
  db: TDb,
  matcher: TMatcher<E>,
  query: TEngineQuery,
  bounds: TBounds = {},
): Promise<TEngineFound> {
  const expression = matcher.expression(query, filterTokenGroups(query.filters));
  if (expression === undefined) return browseAll(db, query);
  const maxCounted = bounds.maxCounted ?? MAX_COUNTED;
  const reach = query.offset + query.limit;
  const facetBound = Math.max(bounds.facetCandidates ?? FACET_CANDIDATES, reach);
  const rankBound = Math.max(bounds.rankCandidates ?? RANK_CANDIDATES, reach);
  const isRanked = query.match !== undefined && query.sort === 'relevance';

  const hasConcepts = (query.match?.query.concepts.length ?? 0) > 0;
  const hasFilters = query.filters.some(([, values]) => values.length > 0);
  // The first walk ranks when the query is likely to have few matches (then it is the only ranked
  // walk) or names no concept (then its newest ranked matches are the ranking); a concept query
  // without filters usually matches thousands and ranks in its words-first walk instead.
  const first =
    isRanked && (!hasConcepts || hasFilters)
      ? await matcher.newestMatches(expression, rankBound + 1, true)
      : undefined;
  const isEveryMatchRanked = first !== undefined && first.length <= rankBound;
  const found = isEveryMatchRanked ? first : await matcher.newestMatches(expression, facetBound + 1, false);
  const isSampled = found.length > facetBound;
  const candidates = found.slice(0, facetBound);
  const ordered = isRanked
    ? await rankNewest(matcher, query, expression, {
        rankBound,
        isEveryMatch: found.length <= rankBound,
        newestRanked: first?.slice(0, rankBound),
      })
    : await orderByDate(
        db,
        candidates.map((c) => ({ ...c, tier: 1 })),
      );
  const [rows, facets, total] = await Promise.all([
    pageRows(db, ordered.slice(query.offset, reach)),
    matcher.countFacets(candidates.map((c) => c.seq)),
    isSampled ? matcher.countMatches(expression, maxCounted + 1) : Promise.resolve(found.length),
  ]);
  return {
    rows,
    total: Math.min(total, maxCounted),
    isTotalExact: total <= maxCounted,
    facets,
    ...(isSampled ? { facetsSampleSize: candidates.length } : {}),
  };
}

/**
 * The ranked list: tier 1 (the query's own words, or every match when it names no concept), then
 * tier 0. `newestRanked` is the newest `rankBound` matches already ranked by the first walk, if it ranked.
 */
async function rankNewest<E>(
  matcher: TMatcher<E>,
  query: TEngineQuery,
  expression: E,
  options: { rankBound: number; isEveryMatch: boolean; newestRanked?: TScored[] | undefined },
): Promise<TCandidate[]> {
  const { rankBound, isEveryMatch } = options;
  const mainRanked = async () =>
    options.newestRanked ?? (await matcher.newestMatches(expression, rankBound, true));
  const hasConcepts = (query.match?.query.concepts.length ?? 0) > 0;
  const words = () => matcher.withOwnWords(query, expression);
  if (!hasConcepts) return rankCandidatesInOrder((await mainRanked()).map((m) => ({ ...m, tier: 1 })));
  if (isEveryMatch) {
    // Few matches: every one ranked by the whole query, words-first by membership.
    const [ranked, withWords] = await Promise.all([
      mainRanked(),
      matcher.newestMatches(words(), rankBound, false),
    ]);
    const own = new Set(withWords.map((m) => m.seq));
    return rankCandidatesInOrder(ranked.map((m) => ({ ...m, tier: own.has(m.seq) ? 1 : 0 })));
  }
  const withWords = await matcher.newestMatches(words(), rankBound, true);
  const first = withWords.map((m) => ({ ...m, tier: 1 }));
  if (first.length >= query.offset + query.limit) return rankCandidatesInOrder(first);
  const own = new Set(withWords.map((m) => m.seq));
  const rest = (await mainRanked()).filter((m) => !own.has(m.seq)).map((m) => ({ ...m, tier: 0 }));
  return rankCandidatesInOrder([...first, ...rest]);
}

type TScored = { seq: number; score: number };

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
