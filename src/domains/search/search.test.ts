import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { checkImportLines, importPractices } from '../practices/practice-import.service.ts';

/** The search page, the API, exports, feeds and every kind of bad input the issue lists. */
describe('search, open data and bad input', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await publishPractices(t.deps, [
      practiceInput({
        slug: 'kraków-carers',
        language: 'pl',
        title: 'Wsparcie opiekunów w Krakowie',
        summary: 'Doradztwo dla osób opiekujących się bliskimi.',
        body: 'Szkolenia i praca dla opiekunów.',
        countries: ['PL'],
      }),
      practiceInput({ slug: 'leeds-carers', title: 'Support for carers in Leeds', countries: ['GB'] }),
      practiceInput({
        slug: 'unsafe-markdown',
        title: 'Childcare vouchers',
        summary: 'Vouchers for childcare.',
        body: 'Hello <script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">x</a> [ok](https://example.org)',
        themes: ['theme:early_childhood_care'],
      }),
    ]);
  });
  after(async () => {
    await t.close();
  });

  const api = async (query: string) => {
    const res = await t.app.request(`/api/v1/search?${query}`);
    return {
      status: res.status,
      body: (await res.json()) as {
        items: { slug: string; snippet: string; language: string; type: string; title: string }[];
        total: number;
        facets: Record<string, { value: string; count: number }[]>;
        didYouMean?: string;
      },
    };
  };

  it('answers the API in the agreed shape, with highlighted snippets and facet counts', async () => {
    const { status, body } = await api('q=carers&type=practice');
    assert.equal(status, 200);
    assert.ok(body.total >= 2);
    const item = body.items.find((i) => i.slug === 'leeds-carers');
    assert.ok(item);
    assert.equal(item.type, 'practice');
    assert.equal(item.language, 'en');
    assert.match(item.snippet, /<mark>/);
    assert.ok(body.facets.country?.some((c) => c.value === 'GB'));
  });

  it('narrows by facets given as query parameters, and the same URL gives the same page', async () => {
    const all = await api('q=carers');
    const poland = await api('q=carers&country=PL');
    assert.ok(poland.body.total < all.body.total);
    assert.deepEqual(
      poland.body.items.map((i) => i.slug),
      ['kraków-carers'],
    );
    const first = await (await t.app.request('/en/search?q=carers&country=PL')).text();
    const again = await (await t.app.request('/en/search?q=carers&country=PL')).text();
    assert.match(first, /Wsparcie opiekunów w Krakowie/);
    assert.equal(
      first.replace(/csrf-token" content="[^"]+"/, ''),
      again.replace(/csrf-token" content="[^"]+"/, ''),
    );
  });

  it('marks results in another language than the query', async () => {
    const html = await (await t.app.request('/en/search?q=unpaid+caregivers')).text();
    assert.ok(html.includes('Wsparcie opiekunów w Krakowie'), 'the Polish record is found from English');
    assert.ok(html.includes('In another language: Polish'), 'and marked as being in another language');
  });

  it('shows the browse view for an empty, punctuation-only, stop-word-only or diacritics-only query', async () => {
    for (const q of ['', '?!…—', 'the and of', 'َُِّْ', '   ']) {
      const res = await t.app.request(`/en/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200, `status for ${JSON.stringify(q)}`);
      const html = await res.text();
      assert.match(html, /Browse the knowledge hub/, `browse view for ${JSON.stringify(q)}`);
      assert.match(html, /Support for carers in Leeds/);
    }
  });

  it('treats FTS operators typed by people as text, never as syntax', async () => {
    for (const q of [
      '"carers',
      'carers*',
      'carers NEAR leeds',
      'title:carers',
      '-carers',
      'carers OR',
      '(leeds',
      "'; drop table practices; --",
      'NOT AND OR',
    ]) {
      const page = await t.app.request(`/en/search?q=${encodeURIComponent(q)}`);
      assert.equal(page.status, 200, `page for ${q}`);
      const json = await api(`q=${encodeURIComponent(q)}`);
      assert.equal(json.status, 200, `API for ${q}`);
    }
    assert.ok((await api('q=%22carers%22')).body.total >= 1);
    assert.ok((await api('q=carers%3A')).body.total >= 1);
  });

  it('copes with a 5,000-character query', async () => {
    const long = 'carers '.repeat(715).slice(0, 5000);
    assert.equal((await t.app.request(`/en/search?q=${encodeURIComponent(long)}`)).status, 200);
    assert.equal((await api(`q=${encodeURIComponent(long)}`)).status, 200);
  });

  it('suggests a correction for a misspelt word', async () => {
    const { body } = await api('q=chidlcare');
    assert.equal(body.didYouMean, 'childcare');
    assert.ok(body.items.some((i) => i.slug === 'unsafe-markdown'));
  });

  it('finds a record in a language the analyser does not know, by its own words', async () => {
    await publishPractices(t.deps, [
      practiceInput({
        slug: 'sw-care',
        language: 'sw',
        title: 'Huduma ya wazee nyumbani',
        summary: 'Wahudumu hutembelea wazee.',
        body: 'Msaada kwa familia.',
        countries: ['KE'],
      }),
    ]);
    assert.deepEqual(
      (await api('q=wazee')).body.items.map((i) => i.slug),
      ['sw-care'],
    );
  });

  it('removes raw HTML and javascript: links from Markdown', async () => {
    const html = await (await t.app.request('/en/practices/unsafe-markdown')).text();
    const body = /<div class="prose"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    assert.doesNotMatch(body, /<script|onerror|javascript:/i);
    assert.match(body, /href="https:\/\/example.org"/);
    assert.doesNotMatch(html, /alert\(1\)/);
  });

  it('exports any search result as CSV and JSON with a codebook', async () => {
    const csv = await t.app.request('/en/search/export.csv?q=carers');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const text = await csv.text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(header ?? '', /^type,slug,url,title,language,kind,countries/);
    assert.ok(rows.some((row) => row.includes('leeds-carers')));
    const json = (await (await t.app.request('/en/search/export.json?q=carers&country=PL')).json()) as {
      total: number;
      items: { slug: string }[];
    };
    assert.deepEqual(
      json.items.map((i) => i.slug),
      ['kraków-carers'],
    );
    const codebook = await (await t.app.request('/en/open-data/codebook')).text();
    assert.match(codebook, /<code dir="ltr">sdg_targets<\/code>/);
    assert.match(codebook, /theme:early_childhood_care/);
  });

  it('lists practices in the API, the OpenAPI document, the Atom feed and the sitemap', async () => {
    const list = (await (await t.app.request('/api/v1/practices?country=GB')).json()) as {
      items: { slug: string }[];
    };
    assert.ok(list.items.some((i) => i.slug === 'leeds-carers'));
    assert.equal((await t.app.request('/api/v1/practices?page=abc')).status, 400);
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of ['/practices', '/practices/{slug}', '/search'])
      assert.ok(doc.paths[path], `${path} documented`);
    const atom = await t.app.request('/feeds/practices.atom');
    assert.match(atom.headers.get('content-type') ?? '', /application\/atom\+xml/);
    assert.match(await atom.text(), /<title xml:lang="en">Support for carers in Leeds<\/title>/);
    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    assert.match(sitemap, /<loc>http:\/\/localhost\/en\/practices\/leeds-carers<\/loc>/);
    assert.match(sitemap, /<loc>http:\/\/localhost\/pl\/practices\/krak%C3%B3w-carers<\/loc>/);
  });

  it('has a page per taxonomy concept listing its records, and a map of practices by country', async () => {
    const concept = await t.app.request('/es/concepts/theme%3Aearly_childhood_care');
    assert.equal(concept.status, 200);
    const html = await concept.text();
    assert.match(html, /<h1>Atención y educación de la primera infancia<\/h1>/);
    assert.match(html, /href="\/es\/practices\/unsafe-markdown"/);
    assert.equal((await t.app.request('/en/concepts/theme%3Anothing')).status, 404);
    const map = await (await t.app.request('/en/practices/map')).text();
    assert.match(map, /aria-label="Poland: 1 practice"/);
    assert.match(map, /href="\/en\/practices\?country=PL">Poland<\/a>/);
  });

  it('refuses an uploaded file that lies about its type, and serves a real one as a download', async () => {
    const curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    await curator.get('/en/practices/leeds-carers');
    const fake = new File(['<html><script>alert(1)</script></html>'], 'report.pdf', {
      type: 'application/pdf',
    });
    const refused = await curator.post('/en/practices/leeds-carers/files', { title: 'Report', file: fake });
    assert.equal(refused.status, 422, 'refused with the reason, the form kept (practice-files.test.ts)');
    const pdf = new File(
      ['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'],
      'report.pdf',
    );
    const accepted = await curator.post('/en/practices/leeds-carers/files', {
      title: 'Evaluation report',
      file: pdf,
    });
    assert.equal(curator.cookies.get('carehub_flash'), 'practices.flash.fileAdded');
    assert.equal(accepted.status, 303);
    const page = await (await t.app.request('/en/practices/leeds-carers')).text();
    const link = /href="(\/en\/practices\/leeds-carers\/files\/[^"]+)"><bdi>Evaluation report<\/bdi>/.exec(
      page,
    )?.[1];
    assert.ok(link);
    const download = await t.app.request(link);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment;/);
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
  });

  it('imports JSON lines: reports every bad line by number, and loads the same slug only once', async () => {
    const good = JSON.stringify(practiceInput({ slug: 'imported-once', title: 'Imported once' }));
    const { records, problems } = checkImportLines([
      good,
      '',
      '{not json',
      JSON.stringify({ ...practiceInput(), countries: ['XX'] }),
      JSON.stringify({ ...practiceInput(), kind: 'poem' }),
      '[1,2]',
      good,
    ]);
    assert.deepEqual(
      problems.map((p) => [p.line, p.field, p.messageKey]),
      [
        [3, '', 'import.notJson'],
        [4, 'countries.0', 'practices.errors.country'],
        [5, 'kind', 'validation.invalidChoice'],
        [6, '', 'import.notObject'],
        [7, 'slug', 'import.duplicateSlug'],
      ],
    );
    assert.equal(records.length, 1);
    assert.deepEqual(await importPractices(t.deps, records), { created: 1, updated: 0 });
    assert.deepEqual(await importPractices(t.deps, records), { created: 0, updated: 1 });
    const count = await t.deps.db
      .selectFrom('practices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('slug', '=', 'imported-once')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });
});
