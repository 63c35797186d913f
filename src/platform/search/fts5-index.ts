import { sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import { isConceptToken } from './concept-lexicon.ts';
import { documentValues, facetFilterSql, replaceFacets } from './index-rows.ts';
import { toFts5Match, toWordsFts5Match } from './query-model.ts';
import type { TEngineQuery, TEngineRow, TSearchEngine } from './search-types.ts';

/**
 * SQLite: a contentless FTS5 table over our tokens, ranked by bm25 with column weights
 * title 10, summary 4, body 1, concepts 6 (the same ratios as the tsvector weights on PostgreSQL).
 * bm25 over every match is cheap in FTS5 (measured 15 ms p95 at 100k documents), so it is not bounded.
 * When the query names concepts, documents containing its own words come first (see toWordsFts5Match).
 */
export const FTS5_WEIGHTS = { title: 10, summary: 4, body: 1, concepts: 6 } as const;
const BM25 = sql.raw(
  `bm25(search_fts, ${FTS5_WEIGHTS.title}, ${FTS5_WEIGHTS.summary}, ${FTS5_WEIGHTS.body}, ${FTS5_WEIGHTS.concepts})`,
);
const VOCABULARY_LIMIT = 20_000;

export function createFts5Engine(db: TDb): TSearchEngine {
  function matchSql(query: TEngineQuery) {
    return query.match
      ? sql`and search_fts match ${toFts5Match(query.match.query, query.match.mode)}`
      : sql``;
  }

  function fromSql(query: TEngineQuery) {
    return query.match
      ? sql`from search_fts join search_documents d on d.seq = search_fts.rowid`
      : sql`from search_documents d`;
  }

  return {
    async write(trx, doc, analysis) {
      const values = documentValues(doc);
      const existing = await trx
        .selectFrom('search_documents')
        .select('seq')
        .where('id', '=', doc.id)
        .executeTakeFirst();
      let seq: number;
      if (existing) {
        seq = existing.seq;
        await trx.updateTable('search_documents').set(values).where('seq', '=', seq).execute();
        await sql`delete from search_fts where rowid = ${seq}`.execute(trx);
      } else {
        const inserted = await trx
          .insertInto('search_documents')
          .values(values)
          .returning('seq')
          .executeTakeFirstOrThrow();
        seq = inserted.seq;
      }
      const { title, summary, body } = analysis.fields;
      await sql`insert into search_fts (rowid, title, summary, body, concepts)
        values (${seq}, ${title.join(' ')}, ${summary.join(' ')}, ${body.join(' ')}, ${analysis.conceptTokens.join(' ')})`.execute(
        trx,
      );
      await replaceFacets(trx, doc);
    },

    async remove(trx, id) {
      const existing = await trx
        .selectFrom('search_documents')
        .select('seq')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing) return;
      await sql`delete from search_fts where rowid = ${existing.seq}`.execute(trx);
      await trx.deleteFrom('search_documents').where('seq', '=', existing.seq).execute();
    },

    async page(query) {
      const isRanked = query.match !== undefined && query.sort === 'relevance';
      // Documents with the query's own words first, then those found only through a concept.
      const tier =
        isRanked && query.match && query.match.query.concepts.length > 0
          ? sql`(search_fts.rowid in (select rowid from search_fts where search_fts match ${toWordsFts5Match(query.match.query)}))`
          : sql`0`;
      const rank = isRanked ? BM25 : sql`0`;
      // Rank and page on keys only, then read the page's rows: sorting every match with its text would
      // read every matching body.
      const result = await sql<TEngineRow>`
        with page as (
          select d.seq, d.id, d.published_at, ${tier} as tier, ${rank} as rank
          ${fromSql(query)}
          where 1 = 1 ${matchSql(query)} ${facetFilterSql(query.filters)}
          order by tier desc, rank, d.published_at desc, d.id
          limit ${query.limit} offset ${query.offset}
        )
        select d.id, d.type, d.slug, d.title, d.summary, d.body, d.language, d.published_at, -page.rank as score
        from page join search_documents d on d.seq = page.seq
        order by page.tier desc, page.rank, page.published_at desc, page.id`.execute(db);
      return result.rows;
    },

    async facetCounts(query) {
      const result = await sql<{ facet: string; value: string; count: number }>`
        select f.facet, f.value, count(*) as count
        ${fromSql(query)}
        join search_facets f on f.doc_id = d.id
        where 1 = 1 ${matchSql(query)} ${facetFilterSql(query.filters)}
        group by f.facet, f.value`.execute(db);
      return result.rows;
    },

    async hasMatch(match) {
      const result =
        await sql`select 1 from search_fts where search_fts match ${toFts5Match(match.query, match.mode)} limit 1`.execute(
          db,
        );
      return result.rows.length > 0;
    },

    async vocabulary(prefix) {
      const result = await sql<{ term: string; docCount: number }>`
        select term, sum(doc) as "docCount" from search_fts_vocab
        where term >= ${prefix} and term < ${nextPrefix(prefix)} and col in ('title', 'summary')
        group by term
        limit ${VOCABULARY_LIMIT}`.execute(db);
      return result.rows.filter((r) => !isConceptToken(r.term));
    },
  };
}

/** The smallest string after every string that starts with `prefix` (for a range scan). */
export function nextPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() ?? '';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}
