import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { createSearchIndex, type TSearchIndex } from './search-index.ts';
import type { TSearchDocument } from './search-types.ts';

/**
 * Tight bounds over 50 documents: a common query's newest matches are found among the newest
 * documents (PostgreSQL looks there first), a query whose matches are all older is found all the same,
 * and totals and facets are counted as the bounds say, on both engines.
 */
describe(`bounded search over the newest documents on ${testDialect}`, () => {
  let t: TTestDatabase;
  let index: TSearchIndex;
  let counting: TSearchIndex;
  const doc = (i: number): TSearchDocument => ({
    id: `d${i}`,
    type: 'practice',
    slug: `d${i}`,
    language: 'en',
    title: `Respite breaks for carers, town ${i}`,
    summary: i < 10 ? 'An early pilot of short breaks.' : i >= 40 ? 'A rare kind of break.' : 'Short breaks.',
    body: 'Carers take a few days off while a trained worker stays with the person they look after.',
    publishedAt: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
    facets: [{ facet: 'country', value: i % 2 === 0 ? 'GB' : 'FR' }],
  });

  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
    // A page of 2 makes the bounds 3 ranked and 3 faceted: the newest 32 documents are "recent".
    index = createSearchIndex(t.handle, analyser, { rankCandidates: 3, facetCandidates: 3, maxCounted: 30 });
    counting = createSearchIndex(t.handle, analyser, { rankCandidates: 3, facetCandidates: 3 });
    for (let i = 0; i < 50; i += 1) await index.upsertDocument(doc(i));
  });
  after(async () => {
    await t.drop();
  });

  const find = (on: TSearchIndex, query: string, filters: Record<string, string[]> = {}) =>
    on.search({ query, locale: 'en', filters, limit: 2, offset: 0 });

  it('ranks the newest matches of a common query and counts them up to the bound', async () => {
    const capped = await find(index, 'respite');
    assert.equal(capped.total, 30);
    assert.equal(capped.isTotalExact, false);
    assert.equal(capped.facetsSampleSize, 3);
    assert.ok(capped.items.every((item) => ['d49', 'd48', 'd47'].includes(item.id)));
    const exact = await find(counting, 'respite');
    assert.equal(exact.total, 50);
    assert.equal(exact.isTotalExact, true);
  });

  it('finds matches that are all among the newest, and matches that are all older', async () => {
    const rare = await find(counting, 'rare');
    assert.equal(rare.total, 10);
    assert.ok(rare.items.every((item) => ['d49', 'd48', 'd47'].includes(item.id)));
    const early = await find(counting, 'early pilot');
    assert.equal(early.total, 10, 'none of them is among the 32 newest');
    assert.ok(early.items.every((item) => ['d9', 'd8', 'd7'].includes(item.id)));
  });

  it('narrows by a filter before the bounds', async () => {
    const british = await find(counting, 'respite', { country: ['GB'] });
    assert.equal(british.total, 25);
    assert.deepEqual(british.facets.country, [{ value: 'GB', count: 3 }]);
    assert.ok(british.items.every((item) => ['d48', 'd46', 'd44'].includes(item.id)));
  });
});
