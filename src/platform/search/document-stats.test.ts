import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_CORPUS, TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { deliverChange } from '../change-feed.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { DocumentStats } from './document-stats.ts';
import { createSearchIndex } from './search-index.ts';

describe(`search ranking memory and another node's writes (${testDialect})`, () => {
  let t: TTestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    const index = createSearchIndex(
      t.handle,
      createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) }),
    );
    for (const doc of TEST_CORPUS.slice(0, 4)) await index.upsertDocument(doc);
  });
  after(async () => {
    await t.drop();
  });

  it('re-reads documents another node announced, and forgets the ones it deleted', async () => {
    const stats = await new DocumentStats(t.handle.db).fresh();
    const rows = await t.handle.db
      .selectFrom('search_documents')
      .select(['seq', 'concept_count'])
      .orderBy('seq')
      .execute();
    const [first, second] = rows;
    assert.ok(first && second);
    assert.equal(stats.conceptCount(first.seq), Number(first.concept_count));

    // Another node rewrites one document and deletes another, then announces both.
    await t.handle.db
      .updateTable('search_documents')
      .set({ concept_count: 2, concept_ids: JSON.stringify(['theme:test_one', 'theme:test_two']) })
      .where('seq', '=', first.seq)
      .execute();
    await t.handle.db.deleteFrom('search_facets').where('seq', '=', second.seq).execute();
    await t.handle.db.deleteFrom('search_documents').where('seq', '=', second.seq).execute();
    assert.equal(
      (await stats.fresh()).conceptCount(first.seq),
      Number(first.concept_count),
      'unannounced: still the old value',
    );
    deliverChange({ topic: 'search-documents', seqs: [first.seq, second.seq] });
    await stats.fresh();
    assert.equal(stats.conceptCount(first.seq), 2);
    assert.deepEqual([...stats.conceptSeqs('theme:test_one')], [first.seq], 'its concepts are read too');
    assert.equal(stats.conceptCount(second.seq), 0);
  });
});

describe(`ranking memory from an empty index, where a document lies against a query's places, and a process that only writes (${testDialect})`, () => {
  let t: TTestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
  });
  after(async () => {
    await t.drop();
  });

  it("keeps every concept's documents exact and in order through new, rewritten and forgotten documents", async () => {
    const stats = await new DocumentStats(t.handle.db).fresh();
    const concepts = ['theme:a', 'theme:b', 'place:c', 'population:d', 'theme:e'];
    const truth = new Map<number, string[]>();
    let state = 12_345;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let step = 0; step < 3_000; step += 1) {
      // Mostly new documents at the end (an import), sometimes a rewrite or a deletion anywhere.
      const roll = random();
      const seq =
        roll < 0.6
          ? truth.size * 2 + 1 + Math.floor(random() * 3)
          : 1 + Math.floor(random() * (truth.size * 2 + 1));
      if (roll > 0.9) {
        stats.forget(seq);
        truth.delete(seq);
      } else {
        const carried = concepts.filter(() => random() < 0.5);
        stats.set(seq, carried, 'en');
        truth.set(seq, carried);
      }
      if (step % 97 === 0 || step === 2_999)
        for (const concept of concepts) {
          const expected = [...truth.entries()]
            .filter(([, carried]) => carried.includes(concept))
            .map(([s]) => s)
            .sort((x, y) => x - y);
          assert.deepEqual([...stats.conceptSeqs(concept)], expected, `${concept} after step ${step}`);
        }
    }
    assert.deepEqual([...stats.conceptSeqs('theme:never-seen')], []);
  });

  it('is here when it carries a wanted place, elsewhere when only other locations, unplaced with none', async () => {
    // Loaded from an empty index; documents this process writes then are set directly.
    const stats = await new DocumentStats(t.handle.db).fresh();
    stats.set(1, ['country:pl', 'theme:elder_care'], 'pl');
    stats.set(2, ['country:ru', 'theme:elder_care'], 'ru');
    stats.set(3, ['theme:elder_care'], 'en');
    stats.set(4, ['country:pl', 'country:ru'], 'en');
    const isCountry = (id: string) => id.startsWith('country:');
    const inRussia = stats.placeTest(isCountry, ['country:ru']);
    assert.deepEqual([1, 2, 3, 4].map(inRussia), ['elsewhere', 'here', 'unplaced', 'here']);
    const inNowhereKnown = stats.placeTest(isCountry, ['country:zz']);
    assert.deepEqual([1, 2, 3, 4].map(inNowhereKnown), ['elsewhere', 'elsewhere', 'unplaced', 'elsewhere']);
  });

  it('keeps nothing before its first load, and that load reads every document written before it', async () => {
    const index = createSearchIndex(
      t.handle,
      createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) }),
    );
    const stats = new DocumentStats(t.handle.db);
    stats.set(1, ['theme:written_before'], 'en');
    assert.deepEqual([...stats.conceptSeqs('theme:written_before')], [], 'nothing held before a load');
    for (const doc of TEST_CORPUS.slice(0, 3)) await index.upsertDocument(doc);
    const rows = await t.handle.db.selectFrom('search_documents').select(['seq', 'concept_count']).execute();
    assert.equal(rows.length, 3);
    await stats.fresh();
    for (const row of rows) assert.equal(stats.conceptCount(row.seq), Number(row.concept_count));
    stats.set(999, ['theme:written_after'], 'en');
    assert.deepEqual([...stats.conceptSeqs('theme:written_after')], [999], 'kept once loaded');
  });
});
