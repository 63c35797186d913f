import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

async function documentLanguage(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
  }));
}

describe('the site in a real browser', () => {
  const e2e = useE2E();

  for (const [locale, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`shows the home page in ${locale} (lang, ${dir}, main heading) with no axe violations`, async () => {
      const page = await e2e.newPage();
      const response = await page.goto(`/${locale}/`);
      assert.equal(response?.status(), 200);
      assert.deepEqual(await documentLanguage(page), { lang: locale, dir, direction: dir });
      const headings = page.locator('main h1');
      assert.equal(await headings.count(), 1, 'one main heading');
      assert.equal((await headings.textContent())?.trim(), message(locale, 'home.heading'));
      assert.equal(
        await page.title(),
        `${message(locale, 'home.title')} · ${message(locale, 'common.siteName')}`,
      );
      await assertNoAxeViolations(page, `/${locale}/`);
    });
  }

  it('keeps the page (and its query) when the language is switched', async () => {
    const page = await e2e.newPage();
    await page.goto('/en/sign-in');
    const switcher = page.getByRole('navigation', { name: message('en', 'common.languages.label') });
    await switcher.locator('a[hreflang="ar"]').click();
    await page.waitForURL('**/ar/sign-in');
    assert.equal(new URL(page.url()).pathname, '/ar/sign-in');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl', direction: 'rtl' });
    assert.equal(
      await page.title(),
      `${message('ar', 'accounts.signIn.title')} · ${message('ar', 'common.siteName')}`,
      'the same page, now in Arabic',
    );
    assert.equal(
      await page.locator('nav.languages a[aria-current="true"]').getAttribute('hreflang'),
      'ar',
      'the switcher marks the current language',
    );

    await page.goto('/ar/search?q=care+blocks');
    await page.locator('nav.languages a[hreflang="pl"]').click();
    await page.waitForURL('**/pl/search?q=care+blocks');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');

    // The choice is remembered: the bare root now leads to Polish.
    await page.goto('/');
    assert.equal(new URL(page.url()).pathname, '/pl/');
  });

  for (const [locale, dir] of [
    ['ru', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`answers an unknown address with a 404 page in the negotiated language (${locale}), with no axe violations`, async () => {
      const page = await e2e.newPage({ locale });
      const response = await page.goto('/xx/no-such-page');
      assert.equal(response?.status(), 404);
      assert.deepEqual(await documentLanguage(page), { lang: locale, dir, direction: dir });
      assert.equal(
        (await page.locator('main h1').textContent())?.trim(),
        message(locale, 'errors.not_found.title'),
      );
      const body = (await page.locator('body').textContent()) ?? '';
      assert.doesNotMatch(body, /\bat .+\.tsx?:\d+/, 'no stack trace');
      await assertNoAxeViolations(page, `404 (${locale})`);
    });
  }

  it('takes the keyboard to the skip link first, and the skip link to the main content', async () => {
    const page = await e2e.newPage();
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        className: el?.className,
        href: el?.getAttribute('href'),
        text: el?.textContent?.trim(),
        isOnScreen: !!box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
      };
    });
    assert.deepEqual(focused, {
      className: 'skip-link',
      href: '#main',
      text: message('en', 'common.skipToContent'),
      isOnScreen: true,
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    assert.equal(new URL(page.url()).hash, '#main');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
  });

  it('has an axe check that does fail on a violation (so a pass means something)', async () => {
    const page = await e2e.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>x</title><main><img src="a.png"></main></html>',
    );
    await assert.rejects(assertNoAxeViolations(page, 'fixture'), (error: Error) => {
      assert.match(error.message, /image-alt \[critical\] \["img"\]/);
      return true;
    });
  });

  for (const path of ['/en/', '/ar/', '/pl/members', '/ru/xx-missing']) {
    it(`fits a 320 px wide screen without horizontal scrolling: ${path}`, async () => {
      const page = await e2e.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(path);
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(
        size.scrollWidth <= size.clientWidth,
        `the page is ${size.scrollWidth}px wide in a ${size.clientWidth}px viewport`,
      );
    });
  }
});
