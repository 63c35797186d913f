import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  readUnsubscribeToken,
  registerMailList,
  unsubscribeHeaders,
  unsubscribeToken,
  unsubscribeUrl,
} from '../src/core/mail-lists.ts';
import { createUser, type TTestUser, visibleText } from './support/accounts.ts';
import { startSmtpPeer, type TSmtpPeer } from './support/smtp-peer.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';
import { testDialect } from './support/test-database.ts';

/**
 * A list kind of this test only: "stopped" is a row in app_meta, so the registry's unsubscribe runs in
 * the real transaction of the real database.
 */
registerMailList({
  kind: 'test-bulletin',
  describe: async (_db, { id, i18n }) => (id === 'gone' ? null : `Bulletin ${id} (${i18n.locale})`),
  unsubscribe: async (trx, { id, userId }) => {
    const key = `test-bulletin:${id}:${userId}`;
    const existing = await trx.selectFrom('app_meta').select('key').where('key', '=', key).executeTakeFirst();
    if (existing) return false;
    await trx.insertInto('app_meta').values({ key, value: 'stopped' }).execute();
    return true;
  },
});

describe(`one-click unsubscribe (${testDialect})`, () => {
  let testApp: TTestApp;
  let peer: TSmtpPeer;
  let amina: TTestUser;

  const isStopped = async (id: string, userId: string) =>
    (await testApp.deps.db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', `test-bulletin:${id}:${userId}`)
      .executeTakeFirst()) !== undefined;
  const auditEntries = () =>
    testApp.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'mail.unsubscribed').execute();
  /** What a mail provider sends for RFC 8058: no cookie, no CSRF token, just the one field. */
  const oneClickPost = (path: string) =>
    testApp.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

  before(async () => {
    peer = await startSmtpPeer();
    testApp = await createTestApp({ env: { SMTP_URL: peer.url, PUBLIC_URL: 'https://hub.example.org' } });
    amina = await createUser(testApp.deps, { locale: 'ar', name: 'أمينة' });
  });
  after(async () => {
    await testApp.close();
    await peer.close();
  });

  it('signs a token that names the person and the list, and refuses altered or foreign ones', () => {
    const secret = testApp.deps.secret;
    const token = unsubscribeToken(secret, { userId: amina.id, list: 'test-bulletin:7' });
    assert.deepEqual(readUnsubscribeToken(secret, token), { userId: amina.id, list: 'test-bulletin:7' });
    const [payload = '', signature = ''] = token.split('.');
    const otherPayload = Buffer.from(`someone-else\ntest-bulletin:7`).toString('base64url');
    assert.equal(readUnsubscribeToken(secret, `${otherPayload}.${signature}`), null, 'another person');
    assert.equal(readUnsubscribeToken('another-secret', token), null, 'another installation');
    assert.equal(readUnsubscribeToken(secret, `${payload}.${signature.slice(0, -2)}`), null, 'cut short');
    assert.equal(readUnsubscribeToken(secret, payload), null, 'no signature');
    assert.equal(readUnsubscribeToken(secret, undefined), null);
  });

  it('a mail carries the headers; opening its link stops nothing; the one-click POST stops it once', async () => {
    const url = unsubscribeUrl({
      publicUrl: testApp.deps.config.publicUrl,
      secret: testApp.deps.secret,
      locale: 'ar',
      userId: amina.id,
      list: 'test-bulletin:7',
    });
    await testApp.deps.mailer.enqueue(testApp.deps.db, {
      to: amina.email,
      subject: 'نشرة',
      text: `نص\n\n${url}`,
      headers: unsubscribeHeaders(url),
      dedupeKey: `test-bulletin:7:${amina.id}`,
    });
    assert.equal(await testApp.deps.mailer.dispatchPending(), 1);
    // Header lines as they arrived, unfolded (a long header is folded onto a second line).
    const lines = peer.received[0]?.mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' ')) ?? [];
    const header = lines.find((line) => /^List-Unsubscribe:\s/.test(line));
    assert.ok(lines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'), lines.join('\n'));
    const received = /<([^>]+)>/.exec(header ?? '')?.[1];
    assert.equal(received, url);
    const path = new URL(received).pathname;
    assert.match(path, /^\/ar\/unsubscribe\/[\w-]+\.[\w-]+$/);

    // A mail scanner (or the person) opens the link, twice: a page with a button, nothing stopped.
    for (let i = 0; i < 2; i += 1) {
      const page = await testApp.client().get(path);
      assert.equal(page.response.status, 200);
      assert.match(page.html, /<html[^>]*dir="rtl"/);
      assert.match(visibleText(page.html), /Bulletin 7 \(ar\)/);
      assert.match(page.html, new RegExp(`<form[^>]*method="post"[^>]*action="${path}"`));
      assert.match(page.html, /name="List-Unsubscribe" value="One-Click"/);
    }
    assert.equal(await isStopped('7', amina.id), false);
    assert.equal((await auditEntries()).length, 0);

    const first = await oneClickPost(path);
    assert.equal(first.status, 200);
    assert.match(visibleText(await first.text()), /Bulletin 7 \(ar\)/);
    assert.equal(await isStopped('7', amina.id), true);
    const again = await oneClickPost(path);
    assert.equal(again.status, 200, 'a repeated POST is answered as done');
    const entries = await auditEntries();
    assert.equal(entries.length, 1, 'stopped once, audited once');
    assert.equal(entries[0]?.actor_id, amina.id);
    assert.equal(entries[0]?.subject_id, amina.id);
    assert.deepEqual(JSON.parse(entries[0]?.details ?? '{}'), { list: 'test-bulletin:7' });
  });

  it('the page’s own button stops the list too, in the reader’s language', async () => {
    const token = unsubscribeToken(testApp.deps.secret, { userId: amina.id, list: 'test-bulletin:8' });
    const client = testApp.client();
    const page = await client.get(`/es/unsubscribe/${token}`);
    assert.match(visibleText(page.html), /Bulletin 8 \(es\)/);
    const field = /name="List-Unsubscribe" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const response = await client.post(`/es/unsubscribe/${token}`, { 'List-Unsubscribe': field });
    assert.equal(response.status, 200);
    assert.equal(await isStopped('8', amina.id), true);
  });

  it('refuses forged, altered and unknown links with a translated page, and changes nothing', async () => {
    const secret = testApp.deps.secret;
    const good = unsubscribeToken(secret, { userId: amina.id, list: 'test-bulletin:9' });
    const [, signature] = good.split('.');
    const forged = `${Buffer.from(`${amina.id}\ntest-bulletin:10`).toString('base64url')}.${signature}`;
    const unknownKind = unsubscribeToken(secret, { userId: amina.id, list: 'no-such-list:1' });
    for (const token of [forged, unknownKind, 'abc', `${good}x`]) {
      const page = await testApp.client().get(`/fr/unsubscribe/${token}`);
      assert.equal(page.response.status, 400, token);
      assert.match(visibleText(page.html), /Ce lien de désinscription ne fonctionne pas/);
      assert.equal((await oneClickPost(`/fr/unsubscribe/${token}`)).status, 400, token);
    }
    assert.equal(await isStopped('9', amina.id), false);
    assert.equal(await isStopped('10', amina.id), false);
  });

  it('names a list that no longer exists generically, and still stops it', async () => {
    const token = unsubscribeToken(testApp.deps.secret, { userId: amina.id, list: 'test-bulletin:gone' });
    const page = await testApp.client().get(`/en/unsubscribe/${token}`);
    assert.equal(page.response.status, 200);
    assert.match(visibleText(page.html), /a mailing that no longer exists/);
    assert.equal((await oneClickPost(`/en/unsubscribe/${token}`)).status, 200);
  });

  it('leaves every other form behind the CSRF check', async () => {
    const response = await testApp.app.request('/en/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.org&password=x',
    });
    assert.equal(response.status, 403);
    const nested = await testApp.app.request('/en/unsubscribe/a.b/more', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(nested.status, 403);
  });
});
