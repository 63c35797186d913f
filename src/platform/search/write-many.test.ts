import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TEST_CORPUS, TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { facetTotals } from './index-rows.ts';
import { createSearchIndex, type TSearchIndex } from './search-index.ts';

/**
 * The bulk import writes a chunk's documents together (upsertDocuments): the index it leaves must be
 * the one that writing them one by one leaves — the same rows, totals, answers and scores.
 */
describe(`documents written together on ${testDialect}`, () => {
  const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
  let single: TTestDatabase;
  let batched: TTestDatabase;
  let one: TSearchIndex;
  let many: TSearchIndex;

  before(async () => {
    single = await createTestDatabase();
    batched = await createTestDatabase();
    await migrateToLatest(single.handle.db);
    await migrateToLatest(batched.handle.db);
    one = createSearchIndex(single.handle, analyser);
    many = createSearchIndex(batched.handle, analyser);
    const [first, ...rest] = TEST_CORPUS;
    if (!first) throw new Error('no corpus');
    // One document already indexed (rewritten by the batch), one repeated in the batch (written twice).
    const changed = {
      ...first,
      title: `${first.title} (revised)`,
      facets: [{ facet: 'year', value: '1999' }],
    };
    for (const doc of [first, ...rest, changed]) await one.upsertDocument(doc);
    await many.upsertDocument(first);
    await many.upsertDocuments([...rest, changed, ...rest.slice(0, 1)]);
    await one.upsertDocument(rest[0] ?? first);
  });
  after(async () => {
    await single.drop();
    await batched.drop();
  });

  it('leaves the same documents, facet rows and totals', async () => {
    const rows = async (t: TTestDatabase) => {
      const documents = await t.handle.db
        .selectFrom('search_documents')
        .select(['id', 'title', 'summary', 'body', 'language', 'concepts', 'concept_count', 'concept_ids'])
        .orderBy('id')
        .execute();
      const facets = await t.handle.db
        .selectFrom('search_facets')
        .innerJoin('search_documents', 'search_documents.seq', 'search_facets.seq')
        .select(['search_documents.id', 'search_facets.facet', 'search_facets.value'])
        .orderBy('search_documents.id')
        .orderBy('search_facets.facet')
        .orderBy('search_facets.value')
        .execute();
      const totals = (await facetTotals(t.handle.db)).sort((a, b) =>
        `${a.facet} ${a.value}` < `${b.facet} ${b.value}` ? -1 : 1,
      );
      return { documents, facets, totals: totals.map((r) => ({ ...r, count: Number(r.count) })) };
    };
    const expected = await rows(single);
    assert.equal(expected.documents.length, TEST_CORPUS.length);
    assert.ok(expected.documents.some((d) => d.title.endsWith('(revised)')));
    assert.deepEqual(await rows(batched), expected);
    if (testDialect === 'postgres') {
      const terms = (t: TTestDatabase) =>
        sql<{ term: string; doc_count: number }>`
          select term, doc_count from search_terms where doc_count <> 0 order by term`.execute(t.handle.db);
      const want = (await terms(single)).rows;
      assert.ok(want.length > 20);
      assert.deepEqual((await terms(batched)).rows, want);
      // The vectors themselves, lexemes, positions and weights: the batch sends its rows as JSON (issue 12).
      const vectors = (t: TTestDatabase) =>
        sql<{ id: string; head: string; tsv: string }>`
          select d.id, d.tsv_head::text as head, v.tsv::text as tsv
          from search_documents d join search_vectors v on v.seq = d.seq order by d.id`.execute(t.handle.db);
      const wantVectors = (await vectors(single)).rows;
      assert.equal(wantVectors.length, TEST_CORPUS.length);
      assert.ok(wantVectors.every((r) => r.tsv.includes(':1A')));
      assert.deepEqual((await vectors(batched)).rows, wantVectors);
      // Compressed with lz4 where the server has it (migration 0097): pglz was a quarter of the import's
      // vector writes. (The corpus's vectors are too small to be compressed at all: the columns are read.)
      const methods = await sql<{ method: string }>`
        select attname || ' ' || attcompression::text as method from pg_attribute
        where (attrelid, attname) in (('search_vectors'::regclass, 'tsv'), ('search_documents'::regclass, 'tsv_head'))
        order by 1`.execute(batched.handle.db);
      const hasLz4 = await sql<{ ok: boolean }>`
        select 'lz4' = any (enumvals) as ok from pg_settings where name = 'default_toast_compression'`.execute(
        batched.handle.db,
      );
      if (hasLz4.rows[0]?.ok)
        assert.deepEqual(
          methods.rows.map((r) => r.method),
          ['tsv l', 'tsv_head l'],
        );
    }
  });

  it('answers every query alike, with the same scores', async () => {
    for (const [query, locale] of [
      ['guarderías', 'es'],
      ['respite care', 'en'],
      ['żłobki', 'pl'],
      ['уход за пожилыми', 'ru'],
      ['رعاية', 'ar'],
      ['revised', 'en'],
    ] as const) {
      const answer = async (index: TSearchIndex) => {
        const result = await index.search({
          query,
          locale,
          filters: {},
          sort: 'relevance',
          limit: 20,
          offset: 0,
        });
        return {
          items: result.items.map((i) => [i.id, i.score.toFixed(9)]),
          total: result.total,
          facets: result.facets,
        };
      };
      assert.deepEqual(await answer(many), await answer(one), query);
    }
  });
});
