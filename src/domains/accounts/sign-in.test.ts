import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, signInAs, testPassword, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('accounts: sign in and out', () => {
  const t = useTestApp();

  it('signs in with a new session token, shows the person, and signs out', async () => {
    const user = await createUser(t.deps, { name: 'Kwame Mensah', email: 'kwame@example.org' });
    const client = t.client();
    await client.get('/en/sign-in');
    const anonymousCookie = client.cookies.get('carehub_session');
    assert.equal(anonymousCookie, undefined);
    const res = await client.post('/en/sign-in', { email: ' KWAME@example.org ', password: testPassword });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/');
    const token = client.cookies.get('carehub_session');
    assert.ok(token && token.length === 43);
    const home = await client.get('/en/');
    assert.match(visibleText(home.html), /You are signed in/);
    assert.match(home.html, /<a href="\/en\/account">Kwame Mensah<\/a>/);

    // Signing in again replaces the session: the old token no longer works.
    await signInAs(client, user);
    const second = client.cookies.get('carehub_session');
    assert.notEqual(second, token);
    const stale = t.client();
    stale.cookies.set('carehub_session', token ?? '');
    assert.doesNotMatch((await stale.get('/en/account')).html, /Kwame Mensah/);

    const out = await client.post('/en/sign-out', {});
    assert.equal(out.status, 303);
    assert.equal(client.cookies.get('carehub_session'), undefined);
    const after = await client.get('/en/');
    assert.match(visibleText(after.html), /You are signed out/);
    assert.doesNotMatch(after.html, /Kwame Mensah/);
    // The ended session cannot be replayed.
    const replay = t.client();
    replay.cookies.set('carehub_session', second ?? '');
    const account = await replay.request('/en/account');
    assert.equal(account.status, 302);

    const actions = await auditEntries(t.deps, { actorId: user.id });
    assert.deepEqual(
      actions.map((a) => a.action),
      ['accounts.signed_in', 'accounts.signed_in', 'accounts.signed_out'],
    );
  });

  it('answers a wrong password and an unknown address alike, keeping the e-mail', async () => {
    const user = await createUser(t.deps, { email: 'wrong-password@example.org' });
    const client = t.client();
    await client.get('/es/sign-in');
    const wrong = await client.post('/es/sign-in', {
      email: user.email,
      password: 'not the password at all',
    });
    const unknown = await client.post('/es/sign-in', {
      email: 'nobody@example.org',
      password: 'not the password at all',
    });
    for (const [res, email] of [
      [wrong, user.email],
      [unknown, 'nobody@example.org'],
    ] as const) {
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.match(visibleText(html), /La dirección de correo o la contraseña no son correctas/);
      assert.ok(html.includes(`value="${email}"`));
      assert.doesNotMatch(html, /not the password at all/);
      assert.equal(client.cookies.get('carehub_session'), undefined);
    }
  });

  it('does not let a disabled account in', async () => {
    const user = await createUser(t.deps, { isDisabled: true });
    const client = t.client();
    const res = await signInAs(client, user);
    assert.equal(res.status, 422);
    assert.match(await res.text(), /This account has been disabled/);
    assert.equal(client.cookies.get('carehub_session'), undefined);
  });

  it('returns to a local ?next= page, and ignores addresses on other sites', async () => {
    const user = await createUser(t.deps);
    const client = t.client();
    const page = await client.get('/en/sign-in?next=%2Fen%2Faccount%3Ftab%3D1');
    assert.match(page.html, /name="next" value="\/en\/account\?tab=1"/);
    const res = await client.post('/en/sign-in', {
      email: user.email,
      password: user.password,
      next: '/en/account?tab=1',
    });
    assert.equal(res.headers.get('location'), '/en/account?tab=1');

    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/\r\nSet-Cookie: x=1',
    ]) {
      const other = t.client();
      const form = await other.get(`/en/sign-in?next=${encodeURIComponent(next)}`);
      assert.doesNotMatch(form.html, /name="next"/, next);
      const posted = await other.post('/en/sign-in', { email: user.email, password: user.password, next });
      assert.equal(posted.status, 303);
      const location = posted.headers.get('location') ?? '';
      assert.ok(location.startsWith('/') && !location.startsWith('//'), `${next} → ${location}`);
      assert.doesNotMatch(location, /evil|javascript|\r|\n/);
    }
  });

  it('never sends a signed-in person to another site through a ?next= that normalises to "//host"', async () => {
    const user = await createUser(t.deps);
    const client = t.client();
    await signInAs(client, user);
    for (const next of [
      '/.//evil.example',
      '/..//evil.example',
      '/a/../..//evil.example',
      '/%2e%2e//evil.example',
      '/.%2e//evil.example/x?y=1',
      '/./\\evil.example',
      '/.\\/evil.example',
    ]) {
      const res = await client.request(`/en/sign-in?next=${encodeURIComponent(next)}`);
      assert.equal(res.status, 302, next);
      const location = res.headers.get('location') ?? '';
      assert.ok(location.startsWith('/') && !/^\/[/\\]/.test(location), `${next} → ${location}`);
      assert.doesNotMatch(location, /evil/, next);
      const anonymous = t.client();
      const posted = await anonymous.post('/en/sign-in', {
        email: user.email,
        password: user.password,
        next,
      });
      assert.doesNotMatch(posted.headers.get('location') ?? '', /evil/, next);
    }
    // A local path that merely contains dot segments still works, normalised.
    const local = await client.request(`/en/sign-in?next=${encodeURIComponent('/en/./account/../account')}`);
    assert.equal(local.headers.get('location'), '/en/account');
  });

  it('limits sign-in attempts per address and client, with a translated 429 page', async () => {
    const user = await createUser(t.deps, { email: 'limited@example.org' });
    const client = t.client();
    await client.get('/fr/sign-in');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      statuses.push(
        (await client.post('/fr/sign-in', { email: user.email, password: `wrong guess ${i}` })).status,
      );
    }
    assert.deepEqual(new Set(statuses), new Set([422]));
    const blocked = await client.post('/fr/sign-in', { email: user.email, password: user.password });
    assert.equal(blocked.status, 429);
    const html = await blocked.text();
    assert.match(html, /<html lang="fr"/);
    assert.match(visibleText(html), /Trop de tentatives/);
    assert.equal(client.cookies.get('carehub_session'), undefined, 'even the right password waits');
    // Another address from the same client is not affected.
    const other = await createUser(t.deps);
    assert.equal((await signInAs(t.client(), other, 'fr')).status, 303);
  });

  it('treats a tampered or unknown session cookie as simply signed out', async () => {
    for (const value of ['garbage', 'A'.repeat(43), '../../etc/passwd', `${'x'.repeat(42)}%00`]) {
      const client = t.client();
      client.cookies.set('carehub_session', value);
      const { response, html } = await client.get('/en/');
      assert.equal(response.status, 200, value);
      assert.match(html, /href="\/en\/sign-in"/);
      const account = await client.request('/en/account');
      assert.equal(account.status, 302);
      assert.equal(account.headers.get('location'), '/en/sign-in?next=%2Fen%2Faccount');
    }
  });

  it('refuses a sign-out with a forged CSRF token and stays signed in', async () => {
    const user = await createUser(t.deps, { name: 'Still Here' });
    const client = t.client();
    await signInAs(client, user);
    const res = await client.post('/en/sign-out', {}, { csrf: 'forged' });
    assert.equal(res.status, 403);
    assert.match((await client.get('/en/')).html, /Still Here/);
  });
});
