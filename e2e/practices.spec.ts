import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/** The repository in a real browser, on the demo content (DEMO=on loads the practices). */
describe('practices and search in a real browser', () => {
  const e2e = useE2E();
  const arabicSlug = 'توصيات-مؤتمر-سياسات-الرعاية-الاجتماعية';

  it('finds the Polish partnership from a Spanish search typed in the box on every page', async () => {
    const page = await e2e.newPage();
    await page.goto('/es/');
    await page
      .getByRole('searchbox', { name: message('es', 'common.search.label') })
      .fill('conciliación del trabajo y el cuidado de familiares');
    await page
      .getByRole('search')
      .getByRole('button', { name: message('es', 'common.search.submit') })
      .click();
    await page.waitForURL('**/es/search?q=*');
    const result = page
      .locator('li.result')
      .filter({ has: page.locator('a[href="/es/practices/rownowaga-praca-rodzina"]') });
    assert.equal(await result.count(), 1, 'the Kraków partnership is a result');
    assert.match(
      (await result.locator('.other-language').textContent()) ?? '',
      new RegExp(message('es', 'search.otherLanguage', { language: 'polaco' })),
    );
    assert.equal(await result.locator('h3').getAttribute('lang'), 'pl');
    await assertNoAxeViolations(page, 'the Spanish search page');
    await result.locator('h3 a').click();
    await page.waitForURL('**/es/practices/rownowaga-praca-rodzina');
    assert.match((await page.locator('main').textContent()) ?? '', /powiat krakowski/);
    await assertNoAxeViolations(page, 'the Polish practice page in Spanish');
  });

  it('narrows results with facets, and the narrowed URL can be shared', async () => {
    const page = await e2e.newPage();
    await page.goto('/en/search?q=care&type=practice');
    const countText = async () => (await page.locator('#results-title').textContent())?.trim() ?? '';
    const before = await countText();
    const facet = page.getByRole('complementary', { name: message('en', 'search.narrow') });
    await facet.getByRole('link', { name: 'Poland', exact: true }).click();
    await page.waitForURL(/country=PL/);
    const after = await countText();
    assert.notEqual(after, before, 'the count changes');
    const titles = await page.locator('li.result h3').allTextContents();
    assert.ok(titles.length > 0);
    // A Polish practice with an English translation shows it, with its Polish title one click away.
    const originals = await page
      .locator('li.result')
      .evaluateAll((items) =>
        items.map(
          (item) => (item.querySelector('p.translated bdi') ?? item.querySelector('h3'))?.textContent ?? '',
        ),
      );
    assert.ok(
      originals.every((t) => /Równowaga|Partnerstwo/.test(t)),
      `only Polish practices: ${originals.join(' | ')}`,
    );
    const shared = page.url();
    const other = await e2e.newPage();
    await other.goto(shared);
    assert.equal(
      await other.locator('#results-title').textContent(),
      await page.locator('#results-title').textContent(),
    );
    assert.deepEqual(await other.locator('li.result h3').allTextContents(), titles);
    assert.equal(
      await other.locator(`aside.facets a[href*="country=PL"][aria-current="true"]`).count(),
      1,
      'the facet shows as chosen',
    );
  });

  it('shows an Arabic practice right to left, with no axe violations', async () => {
    const page = await e2e.newPage();
    const response = await page.goto(`/ar/practices/${encodeURIComponent(arabicSlug)}`);
    assert.equal(response?.status(), 200);
    const direction = await page.evaluate(() => ({
      html: document.documentElement.dir,
      lang: document.documentElement.lang,
      heading: getComputedStyle(document.querySelector('main h1') as Element).direction,
      body: getComputedStyle(document.querySelector('.prose') as Element).direction,
    }));
    assert.deepEqual(direction, { html: 'rtl', lang: 'ar', heading: 'rtl', body: 'rtl' });
    assert.match((await page.locator('main h1').textContent()) ?? '', /توصيات المؤتمر الدولي/);
    await assertNoAxeViolations(page, 'the Arabic practice page');
    await page.goto('/ar/practices');
    await assertNoAxeViolations(page, 'the Arabic repository page');
  });
});
