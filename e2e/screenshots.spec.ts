import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertNoAxeViolations } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { keyPages } from './support/key-pages.ts';
import { projectRoot } from './support/server.ts';

/**
 * Twenty key pages of the demo hub, in English and Arabic, at a desktop (1280 px) and a phone (375 px)
 * width: a full-page screenshot of each is kept under artifacts/screenshots/ (gitignored; .ci/run prints
 * the path) for people to look at, and each page is checked: no sideways scrolling at 375 px, no axe
 * violation at either width.
 */
export const screenshotsDir = join(projectRoot, 'artifacts', 'screenshots');

/** Key pages whose demo record has a picture (src/demo/demo-pictures.ts). */
const picturedPages = new Set(['practice', 'news-article', 'campaign']);

describe('screenshots of twenty key pages, en and ar, 1280 and 375 px', { timeout: 600_000 }, () => {
  const e2e = useE2E();

  for (const locale of ['en', 'ar'] as const) {
    for (const width of [1280, 375] as const) {
      it(`${locale} at ${width} px: each page answers, fits the width and has no axe violation`, async () => {
        const dir = join(screenshotsDir, `${locale}-${width}`);
        mkdirSync(dir, { recursive: true });
        const page = await e2e.newPage({ viewport: { width, height: width > 800 ? 900 : 800 }, locale });
        const problems: string[] = [];
        // SCREENSHOT_PAGES=api,design takes only those (to look at one page while working on it).
        const only = process.env.SCREENSHOT_PAGES?.split(',');
        for (const [index, [name, path]] of keyPages.entries()) {
          if (only && !only.includes(name)) continue;
          const url = `/${locale}${path}`;
          const response = await page.goto(url);
          assert.equal(response?.status(), 200, url);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (width === 375 && overflow > 1) problems.push(`${url} is ${overflow} px wider than the phone`);
          // The demo's practice, news item and campaign carry a picture: it is on the page, drawn.
          if (picturedPages.has(name)) {
            // Pictures load lazily: each is brought into view and waited for.
            const drawn = await page.evaluate(async () => {
              const images = [...document.querySelectorAll('main img')].filter(
                (img): img is HTMLImageElement => img instanceof HTMLImageElement && img.alt !== '',
              );
              for (const img of images) {
                img.scrollIntoView();
                await img.decode().catch(() => undefined);
              }
              window.scrollTo(0, 0);
              return images.some((img) => img.naturalWidth >= 400);
            });
            if (!drawn) problems.push(`${url} shows no picture`);
          }
          // The whole page down to 5,000 px (the API reference is far longer), as a JPEG: PNGs of long
          // pages took seconds each to encode.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({
            path: join(dir, `${String(index + 1).padStart(2, '0')}-${name}.jpeg`),
            type: 'jpeg',
            quality: 70,
            fullPage: true,
            clip: { x: 0, y: 0, width, height: Math.min(height, 5000) },
            animations: 'disabled',
            timeout: 60_000,
          });
          await assertNoAxeViolations(page, `${url} at ${width} px`);
        }
        assert.deepEqual(problems, [], 'no page scrolls sideways on a phone, and each picture shows');
      });
    }
  }
});
