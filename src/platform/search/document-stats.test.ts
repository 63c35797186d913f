import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { deliverChange } from '../change-feed.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { DocumentStats } from './document-stats.ts';
import { TEST_CORPUS, TEST_LEXICON } from './search-fixtures.ts';
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
      .set({ concept_count: 42 })
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
    assert.equal(stats.conceptCount(first.seq), 42);
    assert.equal(stats.conceptCount(second.seq), 0);
  });
});
