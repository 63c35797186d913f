import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createUser,
  latestLinkTo,
  latestMailTo,
  linkPathIn,
  linkUsesOf,
  manualClock,
  signInAs,
  visibleText,
} from '../../../test/support/accounts.ts';
import { auditActions } from '../../../test/support/audit-entries.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('accounts: forgotten password', () => {
  const clock = manualClock();
  const t = useTestApp({ clock });

  async function requestLink(email: string, locale = 'en'): Promise<Response> {
    const client = t.client();
    await client.get(`/${locale}/forgot-password`);
    return client.post(`/${locale}/forgot-password`, { email });
  }

  it('mails a one-hour link that sets a new password, ends every session and signs in', async () => {
    const user = await createUser(t.deps, { email: 'ines@example.org', locale: 'es', isVerified: false });
    const laptop = t.client();
    const phone = t.client();
    assert.equal((await signInAs(laptop, user)).status, 303);
    assert.equal((await signInAs(phone, user)).status, 303);

    const res = await requestLink('Ines@Example.org ');
    assert.equal(res.status, 303);
    const mail = await latestMailTo(t.deps, user.email);
    assert.ok(mail);
    assert.equal(mail.subject, 'Elija una nueva contraseña', 'in the person’s own language');
    assert.match(mail.text_body, /durante 60 minutos/);
    const path = linkPathIn(mail.text_body);
    assert.match(path, /^\/es\/reset-password\?token=[\w-]{43}$/);

    const browser = t.client();
    const form = await browser.get(path);
    assert.equal(form.response.status, 200);
    assert.match(form.html, /<h1>Elegir una nueva contraseña<\/h1>/);
    const token = new URL(path, 'http://localhost').searchParams.get('token') ?? '';
    const done = await browser.post('/es/reset-password', {
      token,
      password: 'un jardín nuevo cada día',
      passwordConfirmation: 'un jardín nuevo cada día',
    });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/es/account');
    const account = await browser.get('/es/account');
    assert.match(visibleText(account.html), /Su nueva contraseña se ha guardado/);
    assert.match(visibleText(account.html), /Confirmado el/, 'receiving the link proves the address');

    for (const other of [laptop, phone]) {
      const page = await other.request('/en/account');
      assert.equal(page.status, 302, 'sessions elsewhere are ended');
    }
    assert.equal((await signInAs(t.client(), user)).status, 422, 'the old password stops working');
    assert.equal(
      (await signInAs(t.client(), { email: user.email, password: 'un jardín nuevo cada día' })).status,
      303,
    );

    const again = await t.client().get(path);
    assert.equal(again.response.status, 400, 'the link works once');
    assert.match(visibleText(again.html), /Este enlace ya no funciona/);
    const actions = await auditActions(t.deps, { subjectId: user.id });
    assert.deepEqual(
      actions.filter((action) => action.startsWith('accounts.password')),
      ['accounts.password_reset', 'accounts.password_reset_requested'],
    );
  });

  it('gives the same answer whether or not the address has an account, and mails nobody', async () => {
    const before = await t.deps.db.selectFrom('outbox').select('id').execute();
    const res = await requestLink('nobody-here@example.org', 'fr');
    assert.equal(res.status, 303);
    const known = await createUser(t.deps);
    const other = await requestLink(known.email, 'fr');
    assert.equal(other.headers.get('location'), res.headers.get('location'));
    const client = t.client();
    const page = await client.post(
      '/fr/forgot-password',
      { email: 'nobody-here-either@example.org' },
      {
        csrf: await client.csrfToken(),
      },
    );
    const flash = await client.get(page.headers.get('location') ?? '');
    assert.match(visibleText(flash.html), /Si un compte utilise cette adresse/);
    const afterRows = await t.deps.db.selectFrom('outbox').select('id').execute();
    assert.equal(afterRows.length, before.length + 1, 'only the real account got a message');
  });

  it('refuses an expired link with a clear page', async () => {
    const user = await createUser(t.deps);
    await requestLink(user.email);
    const mail = await latestMailTo(t.deps, user.email);
    const path = linkPathIn(mail?.text_body ?? '');
    clock.advanceMinutes(61);
    const page = await t.client().get(path);
    assert.equal(page.response.status, 400);
    assert.match(visibleText(page.html), /This link no longer works/);
    assert.match(page.html, /href="\/en\/forgot-password"/);
  });

  it('applies the password rules to the new password and keeps the link usable', async () => {
    const user = await createUser(t.deps, { email: 'rules@example.org' });
    await requestLink(user.email);
    const path = linkPathIn((await latestMailTo(t.deps, user.email))?.text_body ?? '');
    const token = new URL(path, 'http://localhost').searchParams.get('token') ?? '';
    const client = t.client();
    await client.get(path);
    const cases = [
      { password: 'short', passwordConfirmation: 'short', message: /too short/ },
      {
        password: 'rules@example.org',
        passwordConfirmation: 'rules@example.org',
        message: /cannot be your e-mail/,
      },
      { password: 'qwertyuiop', passwordConfirmation: 'qwertyuiop', message: /too common/ },
      { password: 'long enough phrase', passwordConfirmation: 'different phrase', message: /do not match/ },
    ];
    for (const { message, ...fields } of cases) {
      const res = await client.post('/en/reset-password', { token, ...fields });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.match(visibleText(html), message);
      assert.ok(html.includes(`name="token" value="${token}"`), 'the form keeps its link');
    }
    const ok = await client.post('/en/reset-password', {
      token,
      password: 'long enough phrase',
      passwordConfirmation: 'long enough phrase',
    });
    assert.equal(ok.status, 303);
  });

  it('leaves the link usable when it is only opened, even twice (as mail scanners do)', async () => {
    const user = await createUser(t.deps);
    await requestLink(user.email);
    const { path, token } = await latestLinkTo(t.deps, user.email);
    for (const scanner of [t.client(), t.client()]) {
      assert.equal((await scanner.get(path)).response.status, 200);
    }
    assert.deepEqual(await linkUsesOf(t.deps, user.id, 'reset_password'), [null], 'opening does not use it');
    const browser = t.client();
    await browser.get(path);
    const res = await browser.post('/en/reset-password', {
      token,
      password: 'opened twice still works',
      passwordConfirmation: 'opened twice still works',
    });
    assert.equal(res.status, 303);
  });

  it('refuses a made-up token on the form too', async () => {
    const client = t.client();
    await client.get('/en/forgot-password');
    const res = await client.post('/en/reset-password', {
      token: 'B'.repeat(43),
      password: 'long enough phrase',
      passwordConfirmation: 'long enough phrase',
    });
    assert.equal(res.status, 400);
    assert.match(visibleText(await res.text()), /This link no longer works/);
  });

  it('limits how often links are asked for', async () => {
    const user = await createUser(t.deps);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await requestLink(user.email)).status);
    assert.deepEqual(statuses, [303, 303, 303, 303, 303, 429]);
  });
});
