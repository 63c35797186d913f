import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, signedInClient, signInAs, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('accounts: the account page', () => {
  const t = useTestApp();

  it('sends anonymous visitors to sign in, then back to the page', async () => {
    const client = t.client();
    const res = await client.request('/ar/account');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/ar/sign-in?next=%2Far%2Faccount');
    const user = await createUser(t.deps);
    await client.get('/ar/sign-in?next=%2Far%2Faccount');
    const signedIn = await client.post('/ar/sign-in', {
      email: user.email,
      password: user.password,
      next: '/ar/account',
    });
    assert.equal(signedIn.headers.get('location'), '/ar/account');
    const page = await client.get('/ar/account');
    assert.match(page.html, /<html lang="ar" dir="rtl">/);
    assert.match(page.html, /<h1>حسابك<\/h1>/);
    const post = await t.client().post('/en/account/profile', { name: 'x', locale: 'en' });
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), '/en/sign-in');
  });

  it('shows name, e-mail, confirmation state and language', async () => {
    const user = await createUser(t.deps, {
      name: 'Maria Kowalska',
      email: 'maria@example.org',
      locale: 'pl',
    });
    const client = await signedInClient(t.client(), user);
    const { html } = await client.get('/en/account');
    const text = visibleText(html);
    assert.match(text, /Maria Kowalska/);
    assert.match(text, /maria@example\.org/);
    assert.match(text, /Confirmed on/);
    assert.match(html, /<span lang="pl" dir="ltr">Polski<\/span>/);
    assert.doesNotMatch(text, /Send the link again/);
  });

  it('changes the name and preferred language, and continues in that language', async () => {
    const user = await createUser(t.deps, { name: 'Old Name' });
    const client = await signedInClient(t.client(), user);
    await client.get('/en/account');
    const res = await client.post('/en/account/profile', { name: '  Ngozi Okafor  ', locale: 'fr' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/fr/account');
    const page = await client.get('/fr/account');
    assert.match(visibleText(page.html), /Vos modifications sont enregistrées/);
    assert.match(page.html, /<a href="\/fr\/account">Ngozi Okafor<\/a>/);
    assert.match(page.html, /<option value="fr" lang="fr" selected="">Français<\/option>/);
    const row = await t.deps.db
      .selectFrom('users')
      .select(['name', 'locale'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { name: 'Ngozi Okafor', locale: 'fr' });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'accounts.profile_updated')
      .where('subject_id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(audit.details), { fields: ['name', 'locale'], locale: 'fr' });
  });

  it('refuses an unknown language and an over-long name, keeping the form', async () => {
    const user = await createUser(t.deps);
    const client = await signedInClient(t.client(), user);
    await client.get('/en/account');
    const res = await client.post('/en/account/profile', { name: 'Z'.repeat(121), locale: 'xx' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /id="profile-name-error">This is too long\./);
    assert.match(html, /id="profile-locale-error">Please choose one of the options\./);
  });

  it('changes the password with the current one, and signs out other devices', async () => {
    const user = await createUser(t.deps);
    const other = await signedInClient(t.client(), user);
    const client = await signedInClient(t.client(), user);
    await client.get('/en/account');

    const wrong = await client.post('/en/account/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
      passwordConfirmation: 'a brand new passphrase',
    });
    assert.equal(wrong.status, 422);
    assert.match(
      await wrong.text(),
      /id="password-currentPassword-error">Your current password is not correct/,
    );

    const weak = await client.post('/en/account/password', {
      currentPassword: user.password,
      newPassword: user.email,
      passwordConfirmation: user.email,
    });
    assert.equal(weak.status, 422);
    assert.match(
      await weak.text(),
      /id="password-newPassword-error">Your password cannot be your e-mail address/,
    );

    const ok = await client.post('/en/account/password', {
      currentPassword: user.password,
      newPassword: 'a brand new passphrase',
      passwordConfirmation: 'a brand new passphrase',
    });
    assert.equal(ok.status, 303);
    assert.match(visibleText((await client.get('/en/account')).html), /Your password is changed/);
    assert.equal((await other.request('/en/account')).status, 302, 'the other device is signed out');
    assert.equal((await signInAs(t.client(), user)).status, 422);
    assert.equal(
      (await signInAs(t.client(), { email: user.email, password: 'a brand new passphrase' })).status,
      303,
    );
  });

  it('downloads everything the hub holds about the person as JSON, from a button, audited', async () => {
    const user = await createUser(t.deps, { name: 'Zofia Nowak' });
    const other = await createUser(t.deps, { name: 'Someone Else' });
    const client = await signedInClient(t.client(), user);
    const page = await client.get('/pl/account');
    assert.match(visibleText(page.html), /Twoje dane/);
    assert.match(page.html, /<form novalidate="" method="post" action="\/pl\/account\/data">/);
    // Only a POST with the page's token gives the data: no link or prefetch can.
    assert.equal((await client.request('/pl/account/data')).status, 404);
    assert.equal((await client.post('/pl/account/data', {}, { csrf: 'forged' })).status, 403);
    const anonymous = await t.client().post('/pl/account/data', {});
    assert.match(anonymous.headers.get('location') ?? '', /\/pl\/sign-in/);
    const res = await client.post('/pl/account/data', {});
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="carehub-my-data.json"/);
    const data = (await res.json()) as {
      account: { email: string; name: string };
      sessions: unknown[];
      actions: { action: string }[];
      mail: unknown[];
    };
    assert.equal(data.account.email, user.email);
    assert.equal(data.account.name, 'Zofia Nowak');
    assert.ok(data.sessions.length >= 1);
    assert.ok(data.actions.some((a) => a.action === 'accounts.signed_in'));
    const text = JSON.stringify(data);
    assert.doesNotMatch(text, /argon2|password/i, 'no password hash');
    assert.ok(!text.includes(other.email), 'nothing about anyone else');
    const audited = await auditEntries(t.deps, { actorId: user.id, actions: ['accounts.data_exported'] });
    assert.equal(audited.length, 1);
  });
});
