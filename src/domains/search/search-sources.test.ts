import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { registerSearchSource, type TSearchSource } from '../../core/search-sources.ts';
import { registerSitemapSource } from '../../core/sitemap.ts';
import type { TSearchDocument } from '../../platform/search/search-index.ts';
import { reindexSearch } from './reindex.service.ts';

/**
 * A new searchable record type is its own domain's code plus a registration (ADR 0087): here a record
 * type no domain has ("note"), registered as compose.ts registers the real ones, is found by the
 * search page, the API and the exports, linked to its own pages, walked by the reindex and listed in
 * the sitemap, without a line of the search domain knowing it.
 */
describe('a search source registered from outside the search domain', () => {
  let t: TTestApp;
  const unregister: Array<() => void> = [];
  const note: TSearchDocument = {
    id: 'note-1',
    type: 'note',
    slug: 'zinnia-circle',
    language: 'en',
    title: 'Zinnia circle of home carers',
    summary: 'A weekly circle where home carers share their week.',
    body: 'Meets on Thursdays.',
    publishedAt: '2026-11-02T10:00:00.000Z',
    facets: [
      { facet: 'language', value: 'en' },
      { facet: 'year', value: '2026' },
      { facet: 'country', value: 'KE' },
    ],
  };
  let reindexed = 0;
  const source: TSearchSource = {
    name: 'notes',
    // A real domain names its type in its own messages; the test borrows an existing key.
    types: { note: { path: '/notes', labelKey: 'search.type.news' } },
    async reindex(deps) {
      reindexed += 1;
      await deps.search.upsertDocument(note);
      return { records: 1, indexed: 1, stale: 0 };
    },
    async details(_deps, ids) {
      return new Map(
        ids.map((id) => [
          id,
          { countries: ['KE'], badgeKeys: ['search.facet.verifiedYes'], columns: { scope: 'local' } },
        ]),
      );
    },
  };

  before(async () => {
    t = await createTestApp();
    unregister.push(registerSearchSource(source));
    unregister.push(
      registerSitemapSource({
        name: 'notes',
        entries: async () => [{ path: '/notes/zinnia-circle', language: 'en', lastmod: '2026-11-02' }],
      }),
    );
  });
  after(async () => {
    for (const undo of unregister) undo();
    await t.close();
  });

  it('is walked by the reindex, then found by the API with a link to its own page', async () => {
    const report = await reindexSearch(t.deps);
    assert.equal(reindexed, 1);
    assert.deepEqual(
      report.find((line) => line.type === 'notes'),
      { type: 'notes', records: 1, indexed: 1, stale: 0 },
    );
    const response = await t.app.request('/api/v1/search?q=zinnia');
    const body = (await response.json()) as { items: Array<{ type: string; url: string }> };
    assert.deepEqual(
      body.items.map((item) => [item.type, item.url]),
      [['note', 'http://localhost/en/notes/zinnia-circle']],
    );
  });

  it('shows its card on the search page: link, type, badge and countries from the source', async () => {
    const html = await (await t.app.request('/en/search?q=zinnia')).text();
    assert.match(html, /<a href="\/en\/notes\/zinnia-circle">/);
    assert.match(html, /<span class="badge">News<\/span>/, 'the type named by its registered key');
    assert.match(html, /<span class="badge">Verified only<\/span>/, 'a badge the source added');
    assert.match(html, /Kenya/, 'the countries the source gave');
  });

  it('carries what the source fills in the exports', async () => {
    const csv = await (await t.app.request('/en/search/export.csv?q=zinnia')).text();
    const [, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(row ?? '', /^note,zinnia-circle,http:\/\/localhost\/en\/notes\/zinnia-circle,/);
    assert.match(row ?? '', /,local,/, 'the scope the source filled');
  });

  it('drops a hit whose source no longer finds its record', async () => {
    const gone = registerSearchSource({ ...source, details: async () => new Map() });
    try {
      const body = (await (await t.app.request('/api/v1/search?q=zinnia')).json()) as {
        total: number;
        items: [];
      };
      assert.equal(body.items.length, 0);
    } finally {
      gone();
      unregister.push(registerSearchSource(source));
    }
  });

  it('lists what a registered sitemap source gives', async () => {
    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    assert.match(
      sitemap,
      /<loc>http:\/\/localhost\/en\/notes\/zinnia-circle<\/loc><lastmod>2026-11-02<\/lastmod>/,
    );
    assert.match(sitemap, /<loc>http:\/\/localhost\/ar\/practices<\/loc>/, 'beside the domains’ own entries');
  });
});
