import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';

/**
 * When more practices match than a search ranks (SEARCH_RANK_CANDIDATES) or counts (SEARCH_MAX_COUNTED),
 * the page and the API say so instead of showing sampled figures as if they were whole.
 */
describe('a search that matches more than it ranks and counts', () => {
  let t: TTestApp;
  before(async () => {
    // A page shows 20 results, so a search ranks at least 20: 21 candidates, 24 matches, counted to 22.
    t = await createTestApp({
      env: { SEARCH_RANK_CANDIDATES: '21', SEARCH_FACET_CANDIDATES: '21', SEARCH_MAX_COUNTED: '22' },
    });
    const countries = ['GB', 'FR', 'PL', 'PE', 'NG', 'JO'];
    await publishPractices(
      t.deps,
      Array.from({ length: 24 }, (_, i) =>
        practiceInput({
          slug: `respite-${i}`,
          title: `Respite breaks for carers, town ${i}`,
          countries: [countries[i % countries.length] ?? 'GB'],
        }),
      ),
    );
  });
  after(() => t.close());

  it('says "more than" and that facets are counted among the best matches, in the reader’s language', async () => {
    const en = visibleText(await (await t.app.request('/en/search?q=respite')).text());
    assert.match(en, /More than 22 results/);
    assert.match(en, /Counted over the 21 best matches/);
    assert.match(en, /Practice 21\b/, 'the type facet counts the candidates');
    const pl = visibleText(await (await t.app.request('/pl/search?q=respite')).text());
    assert.match(pl, /Ponad 22 wyników/);
  });

  it('tells API clients the same, and counts a filtered search exactly', async () => {
    const res = await t.app.request('/api/v1/search?q=respite&type=practice');
    const body = (await res.json()) as { total: number; isTotalExact: boolean; facetsSampleSize?: number };
    assert.deepEqual([body.total, body.isTotalExact, body.facetsSampleSize], [22, false, 21]);
    const narrow = (await (await t.app.request('/api/v1/search?q=respite&country=PL')).json()) as {
      total: number;
      isTotalExact: boolean;
      facetsSampleSize?: number;
      items: Array<{ slug: string }>;
    };
    assert.deepEqual([narrow.total, narrow.isTotalExact, narrow.facetsSampleSize], [4, true, undefined]);
    assert.deepEqual(narrow.items.map((i) => i.slug).sort(), [
      'respite-14',
      'respite-2',
      'respite-20',
      'respite-8',
    ]);
  });
});
