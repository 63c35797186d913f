import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkUsesOf, signInAs, visibleText } from '../../../test/support/accounts.ts';
import { signUpForLink } from '../../../test/support/sign-up.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { translator } from '../../i18n/translator.ts';

describe('accounts: the e-mail confirmation link survives mail scanners', () => {
  const t = useTestApp();

  let sequence = 0;
  /** Signs up through the form; returns the new person's browser and the link from the mail. */
  async function signUp(
    locale: string,
  ): Promise<{ browser: TestClient; email: string; path: string; token: string }> {
    sequence += 1;
    const email = `scanned${sequence}@example.org`;
    const browser = t.client();
    const person = { name: `Person ${sequence}`, email, password: 'a good long passphrase' };
    return { browser, email, ...(await signUpForLink(t.deps, browser, person, locale)) };
  }

  /** Whether the address is confirmed, whether its link was used, and how often the audit log says so. */
  async function stateOf(email: string) {
    const user = await t.deps.db
      .selectFrom('users')
      .select(['id', 'email_verified_at'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const entries = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', user.id)
      .execute();
    const uses = await linkUsesOf(t.deps, user.id, 'verify_email');
    return {
      isVerified: user.email_verified_at !== null,
      isLinkUsed: uses.every((usedAt) => usedAt !== null),
      verifiedEntries: entries.filter((entry) => entry.action === 'accounts.email_verified').length,
    };
  }

  it('changes nothing when the link is opened, even twice; pressing the button then confirms', async () => {
    const { email, path, token } = await signUp('en');
    for (const scanner of [t.client(), t.client()]) {
      const page = await scanner.get(path);
      assert.equal(page.response.status, 200, 'a scanner sees the confirmation page');
      assert.match(page.html, /<h1>Confirm your e-mail address<\/h1>/);
      assert.match(visibleText(page.html), new RegExp(email.replace('.', '\\.')));
    }
    assert.deepEqual(await stateOf(email), { isVerified: false, isLinkUsed: false, verifiedEntries: 0 });

    // Another browser, not signed in (the mail opened on a phone): the button confirms.
    const phone = t.client();
    const page = await phone.get(path);
    assert.match(page.html, /<form novalidate="" method="post" action="\/en\/verify-email">/);
    assert.match(page.html, /<input type="hidden" name="_csrf" value="[^"]+"/);
    assert.ok(page.html.includes(`<input type="hidden" name="token" value="${token}"`));
    const res = await phone.post('/en/verify-email', { token });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/sign-in');
    const signIn = await phone.get('/en/sign-in');
    assert.match(visibleText(signIn.html), /Thank you: your e-mail address is confirmed/);
    assert.deepEqual(await stateOf(email), { isVerified: true, isLinkUsed: true, verifiedEntries: 1 });
  });

  it('answers a second press of the button with the invalid-link page, never an error', async () => {
    const { browser, email, path, token } = await signUp('fr');
    await browser.get(path);
    assert.equal((await browser.post('/fr/verify-email', { token })).status, 303);
    const second = await browser.post('/fr/verify-email', { token });
    assert.equal(second.status, 400);
    const html = await second.text();
    assert.match(html, /<html lang="fr" dir="ltr">/);
    assert.match(visibleText(html), /Ce lien ne fonctionne plus/);
    assert.equal((await stateOf(email)).verifiedEntries, 1);
  });

  it('lets only one of two simultaneous presses confirm', async () => {
    const { browser, email, path, token } = await signUp('pl');
    await browser.get(path);
    const statuses = await Promise.all([
      browser.post('/pl/verify-email', { token }),
      browser.post('/pl/verify-email', { token }),
    ]).then((responses) => responses.map((r) => r.status).sort());
    assert.deepEqual(statuses, [303, 400]);
    assert.equal((await stateOf(email)).verifiedEntries, 1);
  });

  it('shows the page in Arabic, right to left, and the button confirms the signed-in person’s own account', async () => {
    const { browser, email, path, token } = await signUp('ar');
    assert.equal((await signInAs(browser, { email, password: 'a good long passphrase' }, 'ar')).status, 303);
    const page = await browser.get(path);
    assert.equal(page.response.status, 200);
    assert.match(page.html, /<html lang="ar" dir="rtl">/);
    const { t: ar } = translator('ar');
    assert.ok(page.html.includes(`<h1>${ar('accounts.confirmEmail.title')}</h1>`));
    assert.ok(page.html.includes(`<button type="submit">${ar('accounts.confirmEmail.submit')}</button>`));
    assert.ok(page.html.includes(`<bdi>${email}</bdi>`));
    const res = await browser.post('/ar/verify-email', { token });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/ar/account');
    const account = await browser.get('/ar/account');
    assert.ok(visibleText(account.html).includes(ar('accounts.flash.emailVerified')));
  });

  it('refuses the button without a valid CSRF token and keeps the link usable', async () => {
    const { email, path, token } = await signUp('en');
    const browser = t.client();
    await browser.get(path);
    const forged = await browser.post('/en/verify-email', { token }, { csrf: 'A'.repeat(43) });
    assert.equal(forged.status, 403);
    const missing = await browser.post('/en/verify-email', { token }, { csrf: null });
    assert.equal(missing.status, 403);
    assert.deepEqual(await stateOf(email), { isVerified: false, isLinkUsed: false, verifiedEntries: 0 });
    assert.equal((await browser.post('/en/verify-email', { token })).status, 303);
  });

  it('explains an expired, unknown or missing link on the page and on the button', async () => {
    const { email, path, token } = await signUp('es');
    const browser = t.client();
    await browser.get(path);
    // The link's 48 hours run out.
    await t.deps.db
      .updateTable('auth_tokens')
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where('user_id', 'in', t.deps.db.selectFrom('users').select('id').where('email', '=', email))
      .execute();
    const expiredPage = await t.client().get(path);
    assert.equal(expiredPage.response.status, 400);
    assert.match(visibleText(expiredPage.html), /Este enlace ya no funciona/);
    const attempts: Record<string, string>[] = [{ token }, { token: 'B'.repeat(43) }, { token: '<x>' }, {}];
    for (const fields of attempts) {
      const res = await browser.post('/es/verify-email', fields);
      assert.equal(res.status, 400, JSON.stringify(fields));
      assert.match(visibleText(await res.text()), /Este enlace ya no funciona/);
    }
    assert.equal((await stateOf(email)).isVerified, false);
  });

  it('confirms nothing for an account that has been disabled', async () => {
    const { email, path, token } = await signUp('en');
    await t.deps.db.updateTable('users').set({ is_disabled: 1 }).where('email', '=', email).execute();
    const page = await t.client().get(path);
    assert.equal(page.response.status, 400);
    const browser = t.client();
    await browser.get('/en/sign-in');
    assert.equal((await browser.post('/en/verify-email', { token })).status, 400);
    assert.deepEqual(await stateOf(email), { isVerified: false, isLinkUsed: false, verifiedEntries: 0 });
  });
});
