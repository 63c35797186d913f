import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/translator.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

describe('locale paths', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('answers deeper paths with their own page in every language, not the home page', async () => {
    for (const locale of ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const) {
      const html = await (await t.app.request(`/${locale}/events`)).text();
      assert.match(html, new RegExp(`<html lang="${locale}"`));
      assert.doesNotMatch(html, /id="home-title"/, `/${locale}/events rendered the home page`);
    }
    assert.equal((await t.app.request('/english/events')).status, 404);
    assert.equal((await t.app.request('/ens/')).status, 404);
  });

  it('adds the slash to a bare language root and keeps the query', async () => {
    const res = await t.app.request('/ar?ref=mail');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/ar/?ref=mail');
  });

  it('serves deeper pages at the address they are linked with, query included', async () => {
    for (const path of ['/en/sign-in', '/pl/sign-in?next=%2Fpl%2Faccount']) {
      const res = await t.app.request(path);
      assert.equal(res.status, 200, path);
      const html = await res.text();
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      const locale = path.slice(1, 3) as 'en' | 'pl';
      assert.equal(
        heading,
        translator(locale).t('accounts.signIn.title'),
        `${path} is its own page, not home`,
      );
      // The language switcher keeps the page and its query.
      const [pathname, query = ''] = path.slice(3).split('?');
      assert.ok(html.includes(`href="/ar${pathname}${query ? `?${query}` : ''}"`), `${path}: switcher link`);
    }
  });
});
