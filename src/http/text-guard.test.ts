import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../test/support/test-app.ts';

describe('invalid text, malformed headers and huge numbers are refused with 4xx on every database', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  const countUsers = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('users')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers a NUL, an overlong sequence or an encoded surrogate in a query with a translated 400', async () => {
    for (const bad of [
      '%00',
      'care%00work',
      '%C0%80',
      '%E0%80%AF',
      '%ED%A0%80',
      '%F4%90%80%80',
      '%FF',
      '%01',
    ]) {
      for (const path of [`/en/practices?q=${bad}`, `/en/search?q=${bad}`, `/en/events?country=${bad}`]) {
        const res = await t.app.request(path);
        assert.equal(res.status, 400, path);
        assert.match(visibleText(await res.text()), /This text cannot be accepted/, path);
      }
      const api = await t.app.request(`/api/v1/news?category=${bad}`);
      assert.equal(api.status, 400);
      assert.equal(((await api.json()) as { code: string }).code, 'invalid_text');
    }
    // The same refusal in the reader's language, and in the path as well as the query.
    const french = await t.app.request('/fr/practices/%00');
    assert.equal(french.status, 400);
    assert.match(visibleText(await french.text()), /Ce texte ne peut pas être accepté/);
  });

  it('lets real text through: other scripts, right-to-left marks, tabs and line breaks', async () => {
    for (const good of ['رعاية', 'opieka nad dziećmi', '‮evil‬', 'a\tb\r\nc', '😀 100%', '%zz']) {
      const res = await t.app.request(`/en/search?q=${encodeURIComponent(good)}`);
      assert.equal(res.status, 200, good);
    }
    assert.equal((await t.app.request('/en/search?q=50%')).status, 200);
  });

  it('refuses a form field with a NUL or broken UTF-8, URL-encoded or multipart, and stores nothing', async () => {
    const before = await countUsers();
    for (const name of ['Ana\u0000Lopez', 'Ana\u0007Lopez']) {
      const client = t.client();
      const res = await client.post('/en/sign-up', {
        name,
        email: `nul${before}@example.org`,
        password: 'a long enough passphrase',
        passwordConfirmation: 'a long enough passphrase',
      });
      assert.equal(res.status, 400, JSON.stringify(name));
      assert.match(visibleText(await res.text()), /This text cannot be accepted/);
    }
    // Raw bytes a browser would never send: an overlong slash in a URL-encoded body.
    const client = t.client();
    const token = await client.csrfToken();
    const raw = await client.request('/en/sign-up', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${encodeURIComponent(token)}&name=%C0%AF&email=x%40example.org&password=a+long+enough+passphrase&passwordConfirmation=a+long+enough+passphrase`,
    });
    assert.equal(raw.status, 400);
    // Multipart: a text part with invalid bytes is refused...
    const boundary = 'carehubBoundary42';
    const part = (name: string, value: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        value,
        Buffer.from('\r\n'),
      ]);
    const multipart = (nameValue: Buffer, file?: Buffer) =>
      client.request('/en/sign-up', {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: Buffer.concat([
          part('_csrf', Buffer.from(token)),
          part('name', nameValue),
          part('email', Buffer.from('multi@example.org')),
          part('password', Buffer.from('a long enough passphrase')),
          part('passwordConfirmation', Buffer.from('a long enough passphrase')),
          ...(file
            ? [
                Buffer.from(
                  `--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
                ),
                file,
                Buffer.from('\r\n'),
              ]
            : []),
          Buffer.from(`--${boundary}--\r\n`),
        ]),
      });
    assert.equal((await multipart(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).status, 400);
    assert.equal((await multipart(Buffer.from('A\u0000B'))).status, 400);
    assert.equal(await countUsers(), before);
    // ...while a file part may hold any bytes (files have their own checks).
    const fine = await multipart(Buffer.from('Ana Lopez'), Buffer.from([0, 0xc0, 0xaf, 0xff]));
    assert.equal(fine.status, 303);
    assert.equal(await countUsers(), before + 1);
  });

  it('answers a malformed Origin header with 403, not an error', async () => {
    const client = t.client();
    const token = await client.csrfToken();
    for (const origin of ['::::', 'http://', 'null', 'http://[::1']) {
      const res = await client.request('/en/sign-in', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: `_csrf=${encodeURIComponent(token)}&email=a%40example.org&password=x`,
      });
      assert.ok(res.status < 500, `${origin} → ${res.status}`);
      if (origin !== 'null') assert.equal(res.status, 403, origin);
    }
  });

  it('answers huge or malformed list positions in every list API with 400', async () => {
    for (const list of [
      'news',
      'campaigns',
      'events',
      'commitments',
      'organizations',
      'practices',
      'search',
    ]) {
      for (const param of ['offset', 'limit', 'page', 'pageSize']) {
        for (const value of ['99999999999999999999', '-1', '1e3', '0x10']) {
          const res = await t.app.request(`/api/v1/${list}?${param}=${value}`);
          assert.ok(res.status === 200 || res.status === 400, `${list} ${param}=${value} → ${res.status}`);
        }
      }
    }
    for (const list of ['news', 'campaigns', 'events', 'commitments', 'search']) {
      assert.equal((await t.app.request(`/api/v1/${list}?offset=99999999999999999999`)).status, 400, list);
      assert.equal((await t.app.request(`/api/v1/${list}?limit=99999999999999999999`)).status, 400, list);
    }
    assert.equal((await t.app.request('/api/v1/organizations?page=99999999999999999999')).status, 400);
    assert.equal((await t.app.request('/api/v1/news?offset=20&limit=1000')).status, 200);
    // Pages that take a page number or a revision clamp it instead.
    assert.equal((await t.app.request('/en/news?page=99999999999999999999')).status, 200);
    assert.equal((await t.app.request('/en/members?page=99999999999999999999')).status, 302);
  });
});
