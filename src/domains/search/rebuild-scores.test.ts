import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  haystackLines,
  importLines,
  relevancePractices,
  relevanceQueries,
} from '../../../test/search-relevance/relevance-set.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { reindexSearch } from './reindex.service.ts';

/**
 * A document analysed again — from its kept row (a migration's rebuild) or from its record (a reindex) —
 * gets the index entry it got when first written, so an upgrade or a reindex never moves the order of
 * results: the same totals, the same records, the same scores.
 */
describe('search scores after a rebuild and a reindex', () => {
  let t: TTestApp;
  const queries = relevanceQueries.filter((_, i) => i % 4 === 0);

  before(async () => {
    t = await createTestApp();
    await importLines(t.deps, [...relevancePractices.map((p) => JSON.stringify(p)), ...haystackLines(60)]);
  });
  after(async () => {
    await t?.close();
  });

  async function answers() {
    const out: Array<{ q: string; total: number; hits: string[] }> = [];
    for (const { q, locale } of queries) {
      const found = await t.deps.search.search({ query: q, locale, limit: 10 });
      out.push({ q, total: found.total, hits: found.items.map((h) => `${h.slug} ${h.score.toFixed(9)}`) });
    }
    return out;
  }

  it('are the same as when the documents were first written', async () => {
    const first = await answers();
    assert.ok(first.filter((a) => a.total > 0).length >= queries.length - 1);

    await t.deps.db.insertInto('search_state').values({ key: 'rebuild', value: 'required' }).execute();
    assert.ok((await t.deps.search.rebuildIfRequired()) >= relevancePractices.length);
    assert.deepEqual(await answers(), first, 'after a rebuild from the kept rows');

    await reindexSearch(t.deps);
    assert.deepEqual(await answers(), first, 'after a reindex from the records');
  });
});
