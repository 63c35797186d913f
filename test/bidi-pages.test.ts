import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keyPages } from '../e2e/support/key-pages.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { catalogs } from '../src/i18n/catalog.ts';
import { locales } from '../src/i18n/locales.ts';
import { unisolatedLatin } from './support/bidi.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

const latinWords = (text: string) => text.match(/[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F]*/g) ?? [];

/**
 * Latin words the Arabic messages themselves contain (CSV, Atom, OpenStreetMap, 5R…) and the hub's
 * language names as each language writes its own: the translators' words, where a bracket pair around
 * one word resolves the right way. Any other Latin word sitting bare in Arabic text — a person's or an
 * organisation's name, a time zone, a search query — came from data and must be isolated.
 */
function translatorsWords(): Set<string> {
  const words = new Set<string>();
  for (const text of catalogs().get('ar')?.values() ?? [])
    for (const word of latinWords(text)) words.add(word);
  for (const locale of locales) for (const word of latinWords(locale.endonym)) words.add(word);
  return words;
}

/**
 * Issue 16, "a bidi test checks that Latin fragments in Arabic pages are isolated": the twenty key
 * pages of the demo (the ones e2e/screenshots.spec.ts photographs), in Arabic.
 */
describe('right to left on the demo: the Arabic key pages isolate every Latin fragment from data', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T12:00:00Z') } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('finds no bare Latin name, zone or query inside Arabic text on any of them', async () => {
    const allowed = translatorsWords();
    const problems: string[] = [];
    for (const [, path] of keyPages) {
      const url = `/ar${path}`;
      const { response, html } = await t.client().get(url);
      assert.equal(response.status, 200, url);
      for (const fragment of unisolatedLatin(html))
        if (latinWords(fragment).some((word) => !allowed.has(word))) problems.push(`${url}: ${fragment}`);
    }
    assert.deepEqual(problems, []);
  });

  it('finds none on any other Arabic page the sitemap lists (records, threads, the codebook…)', async () => {
    const allowed = translatorsWords();
    const { html: sitemap } = await t.client().get('/sitemap.xml');
    const urls = [...sitemap.matchAll(/<loc>[^<]*?(\/ar\/[^<]*)<\/loc>/g)].map((m) =>
      (m[1] as string).replace(/&amp;/g, '&'),
    );
    assert.ok(urls.length >= 25, `the sitemap lists ${urls.length} Arabic pages`);
    const problems: string[] = [];
    for (const url of urls) {
      const { response, html } = await t.client().get(url);
      assert.equal(response.status, 200, url);
      for (const fragment of unisolatedLatin(html))
        if (latinWords(fragment).some((word) => !allowed.has(word))) problems.push(`${url}: ${fragment}`);
    }
    assert.deepEqual(problems, []);
  });

  it('would catch a name from data glued to Arabic words', () => {
    const page = '<main><p class="hint">من Make Mothers Matter</p></main>';
    const allowed = translatorsWords();
    const bare = unisolatedLatin(page).filter((f) => latinWords(f).some((word) => !allowed.has(word)));
    assert.equal(bare.length, 1);
    // A language named is not a direction given: lang alone leaves the name in the Arabic run.
    const marked =
      '<main><p class="hint">ترجمة من الروسية، قام بها <span lang="en">Fatma Al-Balushi</span></p></main>';
    assert.equal(unisolatedLatin(marked).filter((f) => latinWords(f).some((w) => !allowed.has(w))).length, 1);
  });
});
