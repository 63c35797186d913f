import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TTestApp } from './support/test-app.ts';

describe('foundation: routing, languages, headers, operations', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('redirects / to the language the browser asks for', async () => {
    const res = await t.app.request('/', { headers: { 'accept-language': 'pl-PL,pl;q=0.9,en;q=0.5' } });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/pl/');
  });

  it('remembers a language chosen by URL in a cookie and uses it at /', async () => {
    const client = t.client();
    await client.get('/ar/');
    assert.equal(client.cookies.get('carehub_locale'), 'ar');
    const res = await client.request('/', { headers: { 'accept-language': 'fr' } });
    assert.equal(res.headers.get('location'), '/ar/');
  });

  for (const [locale, dir] of [
    ['en', 'ltr'],
    ['es', 'ltr'],
    ['fr', 'ltr'],
    ['ru', 'ltr'],
    ['ar', 'rtl'],
    ['pl', 'ltr'],
  ] as const) {
    it(`renders /${locale}/ with lang="${locale}" dir="${dir}" from the server`, async () => {
      const res = await t.app.request(`/${locale}/`);
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${locale}" dir="${dir}">`));
      assert.match(html, /<main id="main"/);
    });
  }

  it('adds the missing slash to a language root', async () => {
    const res = await t.app.request('/es');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/es/');
  });

  it('routes each path to its own page under every language, and unknown paths to 404', async () => {
    const signIn = await t.app.request('/fr/sign-in');
    assert.match(await signIn.text(), /<title>[^<]*Se connecter/);
    const unknown = await t.app.request('/pl/no-such-page');
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /<html lang="pl"/);
  });

  it('answers an unknown language with a 404 page in the negotiated language', async () => {
    const res = await t.app.request('/xx/sign-in', { headers: { 'accept-language': 'ru' } });
    assert.equal(res.status, 404);
    const html = await res.text();
    assert.match(html, /<html lang="ru" dir="ltr">/);
    assert.doesNotMatch(html, /at .*\.ts:\d+/, 'no stack trace');
  });

  it('sends a strict CSP and the other security headers on pages', async () => {
    const res = await t.app.request('/en/');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.ok(res.headers.get('x-request-id'));
    const html = await res.text();
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, 'no inline executable script');
    assert.doesNotMatch(html, / style="/, 'no inline styles');
  });

  it('serves fingerprinted assets with long caching and brotli', async () => {
    const html = await (await t.app.request('/en/')).text();
    const cssUrl = /href="(\/static\/app\.[0-9a-f]+\.css)"/.exec(html)?.[1];
    assert.ok(cssUrl);
    const res = await t.app.request(cssUrl, { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
  });

  it('compresses pages for browsers that accept it', async () => {
    const res = await t.app.request('/en/', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
  });

  it('keeps pages under 60 KB of HTML, CSS and JS', async () => {
    const html = await (await t.app.request('/ar/')).text();
    let total = Buffer.byteLength(html);
    for (const [, url] of html.matchAll(/(?:href|src)="(\/static\/[^"]+\.(?:css|js))"/g)) {
      total += (await (await t.app.request(url ?? '')).arrayBuffer()).byteLength;
    }
    assert.ok(total < 60 * 1024, `page weighs ${total} bytes`);
  });

  it('refuses a 5 MB request body with 413 and a translated page', async () => {
    const client = t.client();
    const token = await client.csrfToken();
    const body = new URLSearchParams({ _csrf: token, name: 'x'.repeat(5 * 1024 * 1024) }).toString();
    const res = await client.request('/fr/sign-up', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 413);
    assert.match(await res.text(), /<html lang="fr"/);
  });

  it('refuses a form without a valid CSRF token', async () => {
    const client = t.client();
    await client.csrfToken();
    const res = await client.post(
      '/en/sign-in',
      { email: 'a@example.org', password: 'x' },
      { csrf: 'forged' },
    );
    assert.equal(res.status, 403);
    assert.match(await res.text(), /This form has expired/);
  });

  it('reports health and readiness', async () => {
    assert.equal((await t.app.request('/healthz')).status, 200);
    const ready = await t.app.request('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const res = await t.app.request('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/meta']);
  });

  it('answers API errors as JSON with a code and request id', async () => {
    const res = await t.app.request('/api/v1/nothing-here');
    assert.equal(res.status, 404);
    const body = (await res.json()) as { code: string; requestId: string };
    assert.equal(body.code, 'not_found');
    assert.ok(body.requestId);
  });
});
