import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * The living home page on the demo data (issue 16, item 6), in English and Arabic, at 1280 and 375 px:
 * practices, the next events, news, open campaigns with their endorsement counts and the members' map,
 * each a link; offer cards link to what they promise; the next event's time is shown in the reader's
 * zone by the script (the page itself is cached for every anonymous reader); one column on a phone.
 */
describe('the home page', { timeout: 180_000 }, () => {
  const e2e = useE2E();

  for (const locale of ['en', 'ar'] as const) {
    for (const width of [1280, 375]) {
      it(`shows live content in ${locale} at ${width} px, without sideways scrolling or axe violations`, async () => {
        // A reader in Tokyo: no demo event is in Tokyo's zone, so the reader's time must appear.
        const page = await e2e.newPage({
          viewport: { width, height: 900 },
          locale,
          timezoneId: 'Asia/Tokyo',
        });
        const response = await page.goto(`/${locale}/`);
        assert.equal(response?.status(), 200);

        for (const [section, pattern] of [
          ['practices', new RegExp(`^/${locale}/practices/[^/]+$`)],
          ['events', new RegExp(`^/${locale}/events/[^/]+$`)],
          ['news', new RegExp(`^/${locale}/news/[^/]+$`)],
          ['campaigns', new RegExp(`^/${locale}/campaigns/[^/]+$`)],
        ] as const) {
          const region = page.getByRole('region', { name: message(locale, `home.${section}.title`) });
          const links = await region
            .locator('li.card h3 a, li.card h4 a')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
          assert.ok(links.length > 0, `${section}: at least one card`);
          for (const href of links) assert.match(href, pattern, `${section}: ${href}`);
        }

        const campaigns = page.getByRole('region', { name: message(locale, 'home.campaigns.title') });
        assert.match((await campaigns.locator('.endorsements').first().textContent()) ?? '', /\d|[٠-٩]/u);

        const readerTime = page.locator('[data-reader-time]').first();
        await readerTime.waitFor({ state: 'visible', timeout: 15_000 });
        assert.match((await readerTime.textContent()) ?? '', /Asia\/Tokyo/);

        const map = page.getByRole('region', { name: message(locale, 'home.map.title') });
        // The picture loads lazily: bring it into view, then wait (at most 15 s) for its pixels.
        const picture = map.locator('img');
        await picture.scrollIntoViewIfNeeded();
        const isMapLoaded = await picture.evaluate((img: HTMLImageElement) =>
          Promise.race([
            img.decode().then(
              () => img.naturalWidth > 0,
              () => false,
            ),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
          ]),
        );
        assert.ok(isMapLoaded, 'the members map picture loads');

        const offers = await page
          .locator('ul.offers li.card h3 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        assert.equal(offers.length, 8, 'every offer card is a link');
        for (const href of offers) assert.match(href, new RegExp(`^/${locale}/[a-z]`));

        assert.equal(
          await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1),
          false,
          'no sideways scrolling',
        );
        if (width === 375) {
          const starts = await page
            .locator('#home-practices-title ~ ul.cards > li')
            .evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().left)));
          assert.ok(starts.length > 1);
          assert.equal(new Set(starts).size, 1, 'one column of cards on a phone');
        }
        await assertNoAxeViolations(page, `/${locale}/ at ${width} px`);
      });
    }
  }

  it('works without JavaScript: times in the event zone, links, the map', async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await page.goto('/en/');
    const events = page.getByRole('region', { name: message('en', 'home.events.title') });
    assert.ok(await events.locator('time').first().isVisible());
    assert.equal(await events.locator('[data-reader-time]').first().isVisible(), false);
    assert.ok(await page.locator('.home-map img').isVisible());
  });
});
