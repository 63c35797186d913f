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
  /**
   * The documents holding the query's own words, without the concepts they name (every group's words,
   * or any group's when the query is matched in `any` mode), AND the filters: the matches that rank
   * first. It names no concept and repeats no term, so an engine ranks it cheaply.
   */
  ownWordsExpression(query: TEngineQuery, filterGroups: string[][]): E;
  /** The first look at a query's matches: see TSurveyRequest. */
  survey(expression: E, request: TSurveyRequest): Promise<TSurvey>;
  /** Up to `limit` matches, newest first, with their scores (higher is better) when ranked. */
  newestMatches(expression: E, limit: number, isRanked: boolean): Promise<TScored[]>;
  /** Facet counts over these documents. */
  countFacets(seqs: readonly number[]): Promise<TFacetCountRow[]>;
};

export type TSurveyRequest = {
  /** How many of the newest matches to find (the facet candidates, and one more to tell there are more). */
  newest: number;
  /** How many of the newest to rank (0: none). */
  ranked: number;
  /**
   * The ranking is only a fallback (a concept query ranks its words-first walk, and the whole match
   * only when that does not fill the page): an engine for which ranking is dear skips it.
   */
  isRankingOptional: boolean;
  /** The query carries filters: its matches are likely few and spread over the whole index. */
  isNarrowed: boolean;
  /** Count the matches no further than this. */
  upTo: number;
};

export type TSurvey = {
  /** Up to `newest` matches, newest (highest seq) first. */
  newest: number[];
  /** The newest `ranked` matches with their scores; absent when skipped (see isRankingOptional). */
  ranked?: TScored[] | undefined;
  /** The number of matches, counted no further than `upTo`. */
  total: number;
};

/** A match and its score (higher is better; 0 when not ranked). */
export type TScored = { seq: number; score: number };

/**
 * A survey made of walks of the index, each stopping at its limit (SQLite: a walk is cheap, bm25 is
 * not — it counts every term's documents for its IDF, a fixed few ms a query). A ranked walk first
 * when the ranking is needed: it is then the ranking, or every match; else only the unranked walk.
 */
export async function surveyByWalks<E>(
  walks: {
    newestMatches: TMatcher<E>['newestMatches'];
    countMatches(expression: E, upTo: number): Promise<number>;
  },
  expression: E,
  request: TSurveyRequest,
): Promise<TSurvey> {
  const isRankedFirst = request.ranked > 0 && !request.isRankingOptional;
  const first = isRankedFirst ? await walks.newestMatches(expression, request.ranked + 1, true) : [];
  if (isRankedFirst && first.length <= request.ranked)
    return { newest: first.map((m) => m.seq), ranked: first, total: first.length };
  const newest = (await walks.newestMatches(expression, request.newest, false)).map((m) => m.seq);
  const total =
    newest.length < request.newest ? newest.length : await walks.countMatches(expression, request.upTo);
  return { newest, ranked: isRankedFirst ? first.slice(0, request.ranked) : undefined, total };
}

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
  const filterGroups = filterTokenGroups(query.filters);
  const expression = matcher.expression(query, filterGroups);
  if (expression === undefined) return browseAll(db, query);
  const maxCounted = bounds.maxCounted ?? MAX_COUNTED;
  const reach = query.offset + query.limit;
  const facetBound = Math.max(bounds.facetCandidates ?? FACET_CANDIDATES, reach);
  const rankBound = Math.max(bounds.rankCandidates ?? RANK_CANDIDATES, reach);
  const isRanked = query.match !== undefined && query.sort === 'relevance';

  const hasConcepts = (query.match?.query.concepts.length ?? 0) > 0;
  const survey = await matcher.survey(expression, {
    newest: facetBound + 1,
    ranked: isRanked ? rankBound : 0,
    isRankingOptional: hasConcepts,
    isNarrowed: filterGroups.length > 0,
    upTo: maxCounted + 1,
  });
  const found = survey.newest;
  const isSampled = found.length > facetBound;
  const candidates = found.slice(0, facetBound);
  const ordered = isRanked
    ? await rankNewest(matcher, query, expression, filterGroups, {
        rankBound,
        newestRanked: survey.ranked,
      })
    : await orderByDate(
        db,
        candidates.map((seq) => ({ seq, score: 0, tier: 1 })),
      );
  const [rows, facets] = await Promise.all([
    pageRows(db, ordered.slice(query.offset, reach)),
    matcher.countFacets(candidates),
  ]);
  const total = survey.total;
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
 * tier 0. `newestRanked` is the newest `rankBound` matches as the survey ranked them, if it did.
 */
async function rankNewest<E>(
  matcher: TMatcher<E>,
  query: TEngineQuery,
  expression: E,
  filterGroups: string[][],
  options: { rankBound: number; newestRanked?: TScored[] | undefined },
): Promise<TCandidate[]> {
  const { rankBound, newestRanked } = options;
  const mainRanked = async () => newestRanked ?? (await matcher.newestMatches(expression, rankBound, true));
  const hasConcepts = (query.match?.query.concepts.length ?? 0) > 0;
  if (!hasConcepts) return rankCandidatesInOrder((await mainRanked()).map((m) => ({ ...m, tier: 1 })));
  // Tier 1, ranked by the query's own words; tier 0 (found through a concept only) is ranked by the
  // whole query, and only when tier 1 does not reach the page.
  const words = matcher.ownWordsExpression(query, filterGroups);
  const withWords = await matcher.newestMatches(words, rankBound, true);
  const first = withWords.map((m) => ({ ...m, tier: 1 }));
  if (first.length >= query.offset + query.limit) return rankCandidatesInOrder(first);
  const own = new Set(withWords.map((m) => m.seq));
  const rest = (await mainRanked()).filter((m) => !own.has(m.seq)).map((m) => ({ ...m, tier: 0 }));
  return rankCandidatesInOrder([...first, ...rest]);
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
