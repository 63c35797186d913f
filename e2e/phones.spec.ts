import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { message, useE2E } from './support/harness.ts';
import { keyPages } from './support/key-pages.ts';

/** The first link into a record from an index page (a practice, a member, an event…). */
async function firstRecordPath(page: Page, indexPath: string, pattern: RegExp): Promise<string> {
  await page.goto(indexPath);
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.find((href) => pattern.test(href));
  assert.ok(found, `a record link on ${indexPath}`);
  return found;
}

/**
 * The hub on a phone (375 px), on the demo data: the header is one line with a "Menu" button that
 * opens without a script, filters wait behind "Filter", record pages are one column, and the twenty key
 * pages fit in Spanish, French, Russian and Polish. That none scrolls sideways or has an axe violation
 * at 375 px in English and Arabic is screenshots.spec.ts's check.
 */
describe('the hub on a phone', { timeout: 420_000 }, () => {
  const e2e = useE2E();
  const viewport = { width: 375, height: 800 };

  it('folds the header into one Menu button that opens without a script', async () => {
    const page = await e2e.newPage({ viewport, javaScriptEnabled: false });
    await page.goto('/en/members');
    const header = await page.locator('header.site-header').boundingBox();
    assert.ok(header && header.height < 120, `the header is ${header?.height}px tall`);
    assert.equal(await page.locator('header .main-nav').isVisible(), false);
    const menu = page.locator('header .phone-menu > summary');
    assert.equal((await menu.textContent())?.trim(), message('en', 'common.menu'));
    await menu.click();
    const events = page.locator('header .phone-menu nav a', { hasText: message('en', 'common.nav.events') });
    assert.ok(await events.isVisible(), 'the menu shows the main navigation');
    assert.ok(await page.locator('#phone-search-q').isVisible(), 'and the search box');
  });

  it('shows results before the filters, which wait behind "Filter (n)"', async () => {
    const page = await e2e.newPage({ viewport, javaScriptEnabled: false });
    await page.goto('/en/members?scope=national');
    const filter = page.locator('main .filter-disclosure > summary');
    assert.equal((await filter.textContent())?.trim(), message('en', 'common.filter', { count: 1 }));
    assert.equal(await page.locator('main .filter-disclosure select').first().isVisible(), false);
    const results = await page.locator('main .results').first().boundingBox();
    const filters = await page.locator('main .filter-disclosure').boundingBox();
    assert.ok(
      results && filters && results.y - filters.y < 200,
      'the results start right after the Filter button',
    );
    await filter.click();
    assert.ok(await page.locator('main .filter-disclosure select').first().isVisible());
  });

  it('keeps the filters open on a desktop, with no button', async () => {
    for (const javaScriptEnabled of [true, false]) {
      // Without a script the CSS shows them (::details-content); with one, app.js may open them too.
      const page = await e2e.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
      await page.goto('/en/members');
      assert.equal(await page.locator('main .filter-disclosure > summary').isVisible(), false);
      assert.ok(await page.locator('main .filter-disclosure select').first().isVisible());
      assert.ok(await page.locator('header .main-nav').isVisible());
      assert.equal(await page.locator('header .phone-menu').isVisible(), false);
    }
  });

  it('fits every key page on a phone in Spanish, French, Russian and Polish too', async () => {
    // English and Arabic are screenshots.spec.ts's (with axe); these four are checked for width only.
    const problems: string[] = [];
    for (const locale of ['es', 'fr', 'ru', 'pl'] as const) {
      const page = await e2e.newPage({ viewport, locale });
      for (const [, path] of keyPages) {
        const url = `/${locale}${path}`;
        const response = await page.goto(url);
        assert.equal(response?.status(), 200, url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) problems.push(`${url} is ${overflow} px wider than the phone`);
      }
    }
    assert.deepEqual(problems, [], 'no page scrolls sideways on a phone');
  });

  it('lays a practice out in one column in Arabic', async () => {
    const page = await e2e.newPage({ viewport, locale: 'ar' });
    const path = await firstRecordPath(
      page,
      '/ar/practices',
      /^\/ar\/practices\/(?!map$|new$|mine$|review$)[a-z0-9-]+$/,
    );
    await page.goto(path);
    const columns = await page
      .locator('main dl.details')
      .evaluate((dl) => getComputedStyle(dl).gridTemplateColumns);
    assert.equal(columns.split(' ').length, 1, `one column, not ${columns}`);
  });
});
