import { sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import { isConceptToken } from './concept-lexicon.ts';
import { nextPrefix } from './fts5-index.ts';
import { documentValues, facetFilterSql, replaceFacets } from './index-rows.ts';
import { toTsquery, toWordsTsquery } from './query-model.ts';
import type { TEngineQuery, TEngineRow, TSearchEngine } from './search-types.ts';

/**
 * PostgreSQL: tsvector columns built from our tokens (literals cast with ::tsvector, so no text search
 * configuration parses or stems them again), weights A title, B concepts, C summary, D body, ranked by
 * ts_rank_cd with weights {D 0.1, C 0.4, B 0.6, A 1.0} — the ratios of the FTS5 bm25 weights — and
 * normalisation 1 (divide by 1 + log of the document length). ts_rank_cd has no IDF, which on SQLite
 * makes a query's own (rarer) words outweigh the (broad) concept tokens; so on both engines, when a
 * query names concepts, documents containing its words rank first, then those found only through a
 * concept, and the two engines agree on the top results.
 *
 * Bounded ranking: ts_rank_cd reads each match's whole tsvector (TOASTed for long bodies), so a
 * common-word query would rank tens of thousands of rows. Instead the matches are first ordered by a
 * cheap criterion — do the query's words, then the query, match the small title/concepts/summary
 * vector (tsv_head), then newest — and only the best RANK_CANDIDATES are ranked. Trade-off: when more
 * documents match than that, a document matching only in its body and older than the candidates is
 * not ranked (it still counts in total and facets, and "newest" sees every match). Queries with fewer
 * matches rank exactly.
 */
export const TSVECTOR_RANK_WEIGHTS = '{0.1,0.4,0.6,1.0}';
export const RANK_CANDIDATES = 1000;
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_TOKEN = 255;
const VOCABULARY_LIMIT = 20_000;

/** A tsvector literal with positions: "'zlobk':1,7 'krakow':2". */
export function tsvectorLiteral(tokens: readonly string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token) ?? [];
    if (list.length < MAX_POSITIONS_PER_TOKEN) list.push(Math.min(i + 1, MAX_POSITION));
    positions.set(token, list);
  });
  const parts: string[] = [];
  for (const [token, list] of positions) {
    const quoted = token.replaceAll('\\', '\\\\').replaceAll("'", "''");
    parts.push(`'${quoted}':${[...new Set(list)].join(',')}`);
  }
  return parts.join(' ');
}

export function createTsvectorEngine(db: TDb, options: { rankCandidates?: number } = {}): TSearchEngine {
  const rankCandidates = options.rankCandidates ?? RANK_CANDIDATES;

  const tsquery = (query: TEngineQuery) =>
    query.match ? sql`${toTsquery(query.match.query, query.match.mode)}::tsquery` : sql`null::tsquery`;
  const matchSql = (query: TEngineQuery) => (query.match ? sql`and d.tsv @@ ${tsquery(query)}` : sql``);

  return {
    async write(trx, doc, analysis) {
      const { title, summary, body } = analysis.fields;
      const headTerms = [...new Set([...title, ...summary])].filter((t) => !isConceptToken(t));
      const t = sql`setweight(${tsvectorLiteral(title)}::tsvector, 'A')`;
      const c = sql`setweight(${tsvectorLiteral(analysis.conceptTokens)}::tsvector, 'B')`;
      const s = sql`setweight(${tsvectorLiteral(summary)}::tsvector, 'C')`;
      const b = sql`setweight(${tsvectorLiteral(body)}::tsvector, 'D')`;
      const old = await sql<{ terms: string[] }>`
        select tsvector_to_array(tsv_head) as terms from search_documents where id = ${doc.id} for update`.execute(
        trx,
      );
      const v = documentValues(doc);
      await sql`
        insert into search_documents (id, type, slug, language, title, summary, body, published_at, tsv, tsv_head)
        values (${v.id}, ${v.type}, ${v.slug}, ${v.language}, ${v.title}, ${v.summary}, ${v.body}, ${v.published_at},
          ${t} || ${c} || ${s} || ${b}, ${t} || ${c} || ${s})
        on conflict (id) do update set type = excluded.type, slug = excluded.slug, language = excluded.language,
          title = excluded.title, summary = excluded.summary, body = excluded.body,
          published_at = excluded.published_at, tsv = excluded.tsv, tsv_head = excluded.tsv_head`.execute(
        trx,
      );
      await updateTermCounts(trx, old.rows[0]?.terms ?? [], headTerms);
      await replaceFacets(trx, doc);
    },

    async remove(trx, id) {
      const old = await sql<{ terms: string[] }>`
        delete from search_documents where id = ${id} returning tsvector_to_array(tsv_head) as terms`.execute(
        trx,
      );
      await updateTermCounts(trx, old.rows[0]?.terms ?? [], []);
    },

    async page(query) {
      if (!query.match || query.sort === 'newest') {
        const result = await sql<TEngineRow>`
          select d.id, d.type, d.slug, d.title, d.summary, d.body, d.language, d.published_at, 0 as score
          from search_documents d
          where true ${matchSql(query)} ${facetFilterSql(query.filters)}
          order by d.published_at desc, d.id
          limit ${query.limit} offset ${query.offset}`.execute(db);
        return result.rows;
      }
      const bound = Math.max(rankCandidates, query.offset + query.limit);
      const score = sql`ts_rank_cd(${TSVECTOR_RANK_WEIGHTS}::float4[], d.tsv, ${tsquery(query)}, 1)`;
      // Documents with the query's own words first, then those found only through a concept (as on SQLite).
      const hasConcepts = query.match.query.concepts.length > 0;
      const words = sql`${toWordsTsquery(query.match.query)}::tsquery`;
      const hasWords = hasConcepts ? sql`(d.tsv @@ ${words})` : sql`true`;
      const headWordsFirst = hasConcepts ? sql`(d.tsv_head @@ ${words}) desc,` : sql``;
      const result = await sql<TEngineRow>`
        with candidates as (
          select d.seq
          from search_documents d
          where true ${matchSql(query)} ${facetFilterSql(query.filters)}
          order by ${headWordsFirst} (d.tsv_head @@ ${tsquery(query)}) desc, d.published_at desc
          limit ${bound}
        ), page as (
          select d.seq, d.id, d.published_at, ${hasWords} as tier, ${score} as score
          from candidates c join search_documents d on d.seq = c.seq
          order by tier desc, score desc, d.published_at desc, d.id
          limit ${query.limit} offset ${query.offset}
        )
        select d.id, d.type, d.slug, d.title, d.summary, d.body, d.language, d.published_at, page.score
        from page join search_documents d on d.seq = page.seq
        order by page.tier desc, page.score desc, page.published_at desc, page.id`.execute(db);
      return result.rows.map((r) => ({ ...r, score: Number(r.score) }));
    },

    async facetCounts(query) {
      const result = await sql<{ facet: string; value: string; count: number }>`
        select f.facet, f.value, count(*) as count
        from search_documents d join search_facets f on f.doc_id = d.id
        where true ${matchSql(query)} ${facetFilterSql(query.filters)}
        group by f.facet, f.value`.execute(db);
      return result.rows;
    },

    async hasMatch(match) {
      const result = await sql`
        select 1 from search_documents where tsv @@ ${toTsquery(match.query, match.mode)}::tsquery limit 1`.execute(
        db,
      );
      return result.rows.length > 0;
    },

    async vocabulary(prefix) {
      const result = await sql<{ term: string; docCount: number }>`
        select term, doc_count as "docCount" from search_terms
        where term >= ${prefix} and term < ${nextPrefix(prefix)} and doc_count > 0
        limit ${VOCABULARY_LIMIT}`.execute(db);
      return result.rows;
    },
  };
}

/**
 * Keeps search_terms (title and summary vocabulary, document counts) in step: one statement with the
 * changed terms only, in sorted order so concurrent writers lock rows in the same order.
 */
async function updateTermCounts(
  trx: TDb,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const delta = new Map<string, number>();
  for (const term of new Set(before)) if (!isConceptToken(term)) delta.set(term, -1);
  for (const term of new Set(after)) delta.set(term, (delta.get(term) ?? 0) + 1);
  const changed = [...delta].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  await sql`
    insert into search_terms (term, doc_count)
    select term, delta from unnest(${changed.map(([t]) => t)}::text[], ${changed.map(([, d]) => d)}::int[]) as c(term, delta)
    order by term
    on conflict (term) do update set doc_count = search_terms.doc_count + excluded.doc_count`.execute(trx);
}
