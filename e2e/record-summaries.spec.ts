import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './support/axe.ts';
import { useE2E } from './support/harness.ts';

/**
 * Summary panels on a commitment, a news item and a campaign of the demo (issue 16, item 7): in
 * English and Arabic, at 1280 and 375 px, the panel is there, nothing scrolls sideways and axe finds
 * no violation.
 */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

const indexes = [
  { index: 'commitments', pattern: /^\/(en|ar)\/commitments\/(?!dashboard|rounds|codebook)[^/?]+$/ },
  { index: 'news', pattern: /^\/(en|ar)\/news\/(?!category|digest)[^/?]+$/ },
  { index: 'campaigns', pattern: /^\/(en|ar)\/campaigns\/[^/?]+$/ },
];

describe('summary panels on commitments, news and campaigns, in a real browser', () => {
  const e2e = useE2E();

  for (const locale of ['en', 'ar'] as const) {
    it(`fit 1280 and 375 px in ${locale} with no axe violation`, async () => {
      const page = await e2e.newPage({ locale });
      for (const { index, pattern } of indexes) {
        await page.goto(`/${locale}/${index}`);
        const hrefs = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        const path = hrefs.find((href) => pattern.test(href));
        assert.ok(path, `a record on /${locale}/${index}`);
        await page.goto(path);
        assert.equal(await page.locator('main aside.record-summary').count(), 1, `${path} has a panel`);
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 900 });
          assert.equal(await scrollsSideways(page), false, `${path} scrolls sideways at ${width} px`);
          await assertNoAxeViolations(page, `${path} at ${width} px`);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    });
  }
});
