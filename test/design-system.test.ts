import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { colourTokens, sections } from '../src/ui/views/design-page.tsx';
import { visibleText } from './support/accounts.ts';
import { unisolatedLatin } from './support/bidi.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/** The design system: written down (docs/design-system.md) and shown live at /{locale}/design. */
describe('design system page and document', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('shows every section in English and Arabic, each component in the page language', async () => {
    for (const [locale, title, submit] of [
      ['en', 'Design system', 'Check the form'],
      ['ar', 'نظام التصميم', 'تحقّق من النموذج'],
    ] as const) {
      const { response, html } = await t.client().get(`/${locale}/design`);
      assert.equal(response.status, 200);
      assert.ok(html.includes(`<h1>${title}</h1>`), locale);
      for (const id of sections) assert.ok(html.includes(`id="design-${id}"`), `${locale}: ${id}`);
      for (const cls of [
        'class="button"',
        'class="notice ok"',
        'class="cards"',
        'class="stats"',
        'class="filter-disclosure"',
        'class="prose"',
        'class="choice-scroll"',
      ]) {
        assert.ok(html.includes(cls), `${locale}: ${cls}`);
      }
      assert.ok(visibleText(html).includes(submit), `${locale}: the sample form's button`);
      assert.ok(html.includes('autocomplete="new-password"'), `${locale}: the new-password fields`);
      assert.ok(html.includes('data-terms="'), `${locale}: the zone list carries the words its filter finds`);
      assert.match(html, /<nav class="pagination"[^>]*>/, `${locale}: the sample list's pager`);
      assert.match(html, /rel="next" href="\/[a-z]{2}\/design\?page=2#design-lists"/, `${locale}: next page`);
      assert.ok(!html.includes('role="alert"'), 'no error summary before the form is sent');
    }
  });

  it('Arabic: numbers by Intl, the list joined with the Arabic "and", Latin names and zones isolated', async () => {
    const { html } = await t.client().get('/ar/design');
    assert.ok(html.includes(new Intl.NumberFormat('ar').format(1284)), 'Arabic digits as Intl writes them');
    assert.ok(html.includes('<bdi>Fundacja Opieka Razem</bdi>'));
    assert.match(
      html,
      /<bdi>Red Bogotá Cuida<\/bdi> و<bdi>مديرية التنمية الأسرية<\/bdi> و<bdi>Fundacja Opieka Razem<\/bdi>/,
    );
    assert.ok(html.includes('<bdi>Asia/Muscat, UTC+04:00</bdi>'));
    assert.deepEqual(unisolatedLatin(html), []);
  });

  it('the sample list pages and filters, and the zone chosen is kept', async () => {
    const { html } = await t.client().get('/en/design?page=3&scope=local&zone=Asia%2FMuscat');
    assert.match(html, /<li aria-current="page">Page 3 of 3<\/li>/);
    assert.match(html, /rel="prev" href="\/en\/design\?page=2#design-lists"/);
    assert.ok(!html.includes('rel="next"'), 'no next link on the last page');
    assert.match(html, /<option value="local" selected="">Local<\/option>/);
    assert.match(html, /<option value="Asia\/Muscat" selected=""[^>]*>/);
    const { html: outOfRange } = await t.client().get('/en/design?page=99');
    assert.match(
      outOfRange,
      /<li aria-current="page">Page 1 of 3<\/li>/,
      'a page out of range shows the first',
    );
  });

  it('the sample form, sent empty, shows every error at once, named, and keeps what was typed', async () => {
    const { html } = await t.client().get('/en/design?check=1&name=&email=not-an-address&about=Hello');
    assert.ok(html.includes('role="alert"'), 'the error summary');
    assert.match(
      html,
      /href="#design-name"><span class="error-field"[^>]*>Name<\/span> Please fill in this field\./,
    );
    assert.match(
      html,
      /href="#design-email"><span class="error-field"[^>]*>E-mail address<\/span> Please enter a valid e-mail address/,
    );
    assert.ok(html.includes('value="not-an-address"'), 'the address kept');
    assert.match(html, />Hello<\/textarea>/);
  });

  it('docs/design-system.md names every colour token, every component and this page', () => {
    const doc = readFileSync('docs/design-system.md', 'utf8');
    const css = readFileSync('src/ui/static/app.css', 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
    const declared = [...root.matchAll(/--([a-z-]+):/g)].map((m) => m[1]);
    for (const token of colourTokens) assert.ok(declared.includes(token), `--${token} is in app.css`);
    for (const token of declared) assert.ok(doc.includes(`--${token}`), `the document names --${token}`);
    for (const file of readdirSync('src/ui/components').filter(
      (f) => /\.tsx?$/.test(f) && !f.includes('.test.'),
    )) {
      assert.ok(doc.includes(file), `the document names ${file}`);
    }
    assert.ok(doc.includes('/{locale}/design'));
  });
});
