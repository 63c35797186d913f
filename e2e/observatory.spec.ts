import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/** Is the page wider than the window (a reader on a phone would have to scroll sideways)? */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * The observatory in a real browser, on the data the server loads on first start: a country with
 * figures (in English and Arabic), a country with none and an indicator's world map, on a desktop
 * and on a phone, with no axe violations and nothing wider than the phone's window.
 */
describe('the care observatory in a real browser', () => {
  const e2e = useE2E();

  for (const width of [1280, 375]) {
    const viewport = { width, height: 900 };

    for (const [locale, dir] of [
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      it(`shows Mexico's country page in ${locale} at ${width} px with its summary sentence`, async () => {
        const page = await e2e.newPage({ viewport, locale });
        const response = await page.goto(`/${locale}/countries/MX`);
        assert.equal(response?.status(), 200);
        assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
        const summary = page.locator('main .summary-sentence').first();
        assert.ok(await summary.isVisible(), 'the summary sentence is visible');
        const sentence = (await summary.textContent()) ?? '';
        if (locale === 'en')
          assert.match(sentence, /In Mexico in 2014, women aged 15 and over spent 7\.1 hours/);
        else assert.match(sentence, /المكسيك/);
        if (width === 375) assert.equal(await scrollsSideways(page), false, 'no sideways scrolling');
        await assertNoAxeViolations(page, `/${locale}/countries/MX at ${width} px`);
      });
    }

    it(`says what is missing for a country with no data (Vatican City) at ${width} px`, async () => {
      const page = await e2e.newPage({ viewport });
      const response = await page.goto('/en/countries/VA');
      assert.equal(response?.status(), 200);
      const name = ((await page.locator('main h1').textContent()) ?? '').trim();
      const notice = page.locator('main .notice p').first();
      assert.ok(await notice.isVisible(), 'the sentence saying what is missing is visible');
      assert.equal(
        (await notice.textContent())?.trim(),
        message('en', 'observatory.country.noData', { country: name }),
      );
      assert.equal(await page.locator('main svg').count(), 0, 'no empty charts');
      if (width === 375) assert.equal(await scrollsSideways(page), false, 'no sideways scrolling');
      await assertNoAxeViolations(page, `/en/countries/VA at ${width} px`);
    });

    it(`shows the world map of unpaid care work with its legend and table at ${width} px`, async () => {
      const page = await e2e.newPage({ viewport });
      const response = await page.goto('/en/data/unpaid-care-and-domestic-work');
      assert.equal(response?.status(), 200);
      assert.ok(await page.locator('main .observatory-map svg').first().isVisible(), 'the map is visible');
      assert.ok(await page.locator('main .map-legend').isVisible(), 'the legend is visible');
      assert.ok(
        (await page.locator('main .indicator-table table tbody tr').count()) > 50,
        'the table lists the countries',
      );
      if (width === 375) assert.equal(await scrollsSideways(page), false, 'no sideways scrolling');
      await assertNoAxeViolations(page, `/en/data/unpaid-care-and-domestic-work at ${width} px`);
    });
  }
});
