import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  confirmEmailThrough,
  createUser,
  latestMailTo,
  linkPathIn,
  signedInClient,
  signInAs,
  visibleText,
} from '../../../test/support/accounts.ts';
import { auditActions } from '../../../test/support/audit-entries.ts';
import { accountIdsWith, signUpThrough } from '../../../test/support/sign-up.ts';
import { startSmtpPeer, type TSmtpPeer } from '../../../test/support/smtp-peer.ts';
import { createTestApp, type TTestApp, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { translator } from '../../i18n/translator.ts';

describe('accounts: sign up and confirm the e-mail address', () => {
  const t = useTestApp();

  it('signs up, keeps the mail in the outbox, and the link confirms the address', async () => {
    const client = t.client();
    const page = await client.get('/fr/sign-up');
    assert.equal(page.response.status, 200);
    assert.match(page.html, /<h1>Créer un compte<\/h1>/);
    const res = await client.post('/fr/sign-up', {
      name: 'Amina Diallo',
      email: '  Amina.Diallo@Example.ORG ',
      password: 'tisser des liens solides',
      passwordConfirmation: 'tisser des liens solides',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/fr/sign-in');
    assert.equal(res.headers.getSetCookie().filter((c) => c.startsWith('carehub_session=')).length, 0);
    const signInPage = await client.get('/fr/sign-in');
    assert.match(visibleText(signInPage.html), /Nous avons envoyé un message à l’adresse indiquée/);
    assert.equal((await client.get('/fr/account')).response.status, 302, 'signing up signs nobody in');
    assert.equal(
      (
        await signInAs(
          client,
          { email: 'amina.diallo@example.org', password: 'tisser des liens solides' },
          'fr',
        )
      ).status,
      303,
    );
    const account = await client.get('/fr/account');
    assert.equal(account.response.status, 200);
    const text = visibleText(account.html);
    assert.match(text, /amina\.diallo@example\.org/, 'the address is trimmed and lower-cased');
    assert.match(text, /Pas encore confirmée/);

    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'amina.diallo@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(user.locale, 'fr');
    assert.match(user.password_hash, /^\$argon2id\$/);

    // An admin reads the message in the outbox, in French, with its link.
    const admin = await createUser(t.deps, { roles: ['admin'] });
    const adminClient = await signedInClient(t.client(), admin);
    const outbox = await adminClient.get('/en/admin/outbox');
    assert.match(outbox.html, /amina\.diallo@example\.org/);
    const messagePath = /href="(\/en\/admin\/outbox\/[^"]+)"/.exec(outbox.html)?.[1];
    assert.ok(messagePath);
    const message = await adminClient.get(messagePath);
    assert.match(message.html, /Veuillez confirmer votre adresse électronique/);
    assert.match(message.html, /Bonjour Amina Diallo/);
    assert.match(message.html, /valable 48 heures/);
    const link = /href="(http:\/\/localhost\/fr\/verify-email\?token=[\w-]+)"/.exec(message.html)?.[1];
    assert.ok(link, 'the verification link is clickable on the outbox page');

    // Only the link's hash is stored.
    const token = new URL(link).searchParams.get('token') ?? '';
    const stored = await t.deps.db
      .selectFrom('auth_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.purpose, 'verify_email');
    assert.notEqual(stored[0]?.id, token);
    assert.equal(
      Date.parse(stored[0]?.expires_at ?? '') - Date.parse(stored[0]?.created_at ?? ''),
      48 * 3600_000,
    );

    // Opening the link shows the address and a button; it confirms nothing by itself.
    const linkPath = new URL(link).pathname + new URL(link).search;
    const confirmPage = await client.get(linkPath);
    assert.equal(confirmPage.response.status, 200);
    assert.match(confirmPage.html, /<h1>Confirmez votre adresse électronique<\/h1>/);
    assert.match(visibleText(confirmPage.html), /amina\.diallo@example\.org/);
    assert.match(confirmPage.html, /<form novalidate="" method="post" action="\/fr\/verify-email">/);
    assert.ok(confirmPage.html.includes(`<input type="hidden" name="token" value="${token}"`));
    assert.match(visibleText((await client.get('/fr/account')).html), /Pas encore confirmée/);

    const verify = await client.post('/fr/verify-email', { token });
    assert.equal(verify.status, 303);
    assert.equal(verify.headers.get('location'), '/fr/account');
    const confirmed = await client.get('/fr/account');
    assert.match(visibleText(confirmed.html), /Merci : votre adresse électronique est confirmée/);
    assert.match(visibleText(confirmed.html), /Confirmée le/);

    // Used once: the same link now explains itself instead of failing.
    const again = await t.client().get(linkPath);
    assert.equal(again.response.status, 400);
    assert.match(again.html, /<html lang="fr" dir="ltr">/);
    assert.match(visibleText(again.html), /Ce lien ne fonctionne plus/);

    assert.deepEqual(await auditActions(t.deps, { subjectId: user.id }), [
      'accounts.email_verified',
      'accounts.signed_in',
      'accounts.signed_up',
    ]);
  });

  it('explains an unknown or malformed verification link in the page language', async () => {
    for (const path of [
      '/ar/verify-email?token=' + 'a'.repeat(43),
      '/ar/verify-email',
      '/ar/verify-email?token=%3Cx%3E',
    ]) {
      const { response, html } = await t.client().get(path);
      assert.equal(response.status, 400, path);
      assert.match(html, /<html lang="ar" dir="rtl">/);
      assert.match(visibleText(html), /لم يعد هذا الرابط صالحًا/);
    }
  });

  const cases: { label: string; fields: Record<string, string>; field: string; message: RegExp }[] = [
    {
      label: 'a password that is too short',
      fields: { password: 'short1', passwordConfirmation: 'short1' },
      field: 'password',
      message: /This password is too short/,
    },
    {
      label: 'a very common password',
      fields: { password: 'password123', passwordConfirmation: 'password123' },
      field: 'password',
      message: /too common/,
    },
    {
      label: 'the e-mail address as password',
      fields: {
        email: 'lena@example.org',
        password: 'Lena@Example.org',
        passwordConfirmation: 'Lena@Example.org',
      },
      field: 'password',
      message: /cannot be your e-mail address/,
    },
    {
      label: 'a password over 256 characters',
      fields: { password: 'x1'.repeat(130), passwordConfirmation: 'x1'.repeat(130) },
      field: 'password',
      message: /This password is too long/,
    },
    {
      label: 'a confirmation that does not match',
      fields: { passwordConfirmation: 'something else entirely' },
      field: 'passwordConfirmation',
      message: /The two passwords do not match/,
    },
    {
      label: 'a 10,000-character name',
      fields: { name: 'N'.repeat(10_000) },
      field: 'name',
      message: /This is too long/,
    },
    { label: 'an empty name', fields: { name: '   ' }, field: 'name', message: /Please fill in this field/ },
    {
      label: 'an address that is not one',
      fields: { email: 'not-an-address' },
      field: 'email',
      message: /Please enter a valid e-mail address/,
    },
  ];
  for (const { label, fields, field, message } of cases) {
    it(`answers ${label} with 422 and a message on the ${field} field`, async () => {
      const form = {
        name: 'Rosa Pérez',
        email: `rosa.${field}.${Math.random().toString(36).slice(2)}@example.org`,
        password: 'a good long passphrase',
        ...fields,
      };
      const res = await signUpThrough(t.client(), form);
      assert.equal(res.status, 422);
      const html = await res.text();
      const error = new RegExp(`id="sign-up-${field}-error">([^<]+)<`).exec(html)?.[1] ?? '';
      assert.match(error, message);
      assert.match(html, new RegExp(`id="sign-up-${field}"[^>]*aria-invalid="true"`));
      if (field !== 'email') assert.ok(html.includes(`value="${form.email}"`), 'keeps the e-mail');
      if (field !== 'name') assert.match(html, /value="Rosa Pérez"/, 'keeps the name');
      assert.doesNotMatch(html, /a good long passphrase/);
      assert.equal((await accountIdsWith(t.deps, form.email)).length, 0);
    });
  }

  it('translates field messages into the page language', async () => {
    const olga = { name: 'Ольга', email: 'olga@example.org', password: 'короткий' };
    const res = await signUpThrough(t.client(), olga, 'ru');
    assert.equal(res.status, 422);
    assert.match(await res.text(), /Пароль слишком короткий/);
  });

  it('shows a name with markup as text, never as markup', async () => {
    const client = t.client();
    const person = {
      name: '<script>alert(1)</script>',
      email: 'markup@example.org',
      password: 'plain text please thanks',
    };
    assert.equal((await signUpThrough(client, person)).status, 303);
    await signInAs(client, person);
    const account = await client.get('/en/account');
    assert.doesNotMatch(account.html, /<script>alert\(1\)<\/script>/);
    assert.match(account.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const admin = await createUser(t.deps, { roles: ['admin'] });
    const adminClient = await signedInClient(t.client(), admin);
    for (const path of ['/en/admin/people?q=markup', '/en/admin/audit']) {
      const { html } = await adminClient.get(path);
      assert.doesNotMatch(html, /<script>alert\(1\)<\/script>/, path);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, path);
    }
  });

  it('refuses a sign-up with a forged CSRF token', async () => {
    const forger = { name: 'Forger', email: 'forger@example.org', password: 'forged forms fail' };
    const res = await signUpThrough(t.client(), forger, 'en', { csrf: 'A'.repeat(43) });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /This form has expired/);
    assert.equal((await accountIdsWith(t.deps, forger.email)).length, 0);
  });

  it('sends a fresh verification link from the account page, and the old one stops working', async () => {
    const client = t.client();
    const zofia = { name: 'Zofia Nowak', email: 'zofia@example.org', password: 'wiosna w Krakowie 2026' };
    assert.equal((await signUpThrough(client, zofia, 'pl')).status, 303);
    const first = await latestMailTo(t.deps, 'zofia@example.org');
    assert.ok(first);
    assert.equal(first.subject, 'Potwierdź swój adres e-mail');
    await signInAs(client, zofia, 'pl');
    const account = await client.get('/pl/account');
    assert.match(visibleText(account.html), /Wyślij link ponownie/);
    const resend = await client.post('/pl/account/verify-email', {});
    assert.equal(resend.status, 303);
    const page = await client.get('/pl/account');
    assert.match(visibleText(page.html), /Wysłaliśmy nowy link potwierdzający/);
    const second = await latestMailTo(t.deps, 'zofia@example.org');
    assert.ok(second && second.id !== first.id);
    const old = await client.get(linkPathIn(first.text_body));
    assert.equal(old.response.status, 400);
    const fresh = await confirmEmailThrough(client, linkPathIn(second.text_body));
    assert.equal(fresh.status, 303);
  });

  it('limits how often the link can be sent again', async () => {
    const user = await createUser(t.deps, { isVerified: false });
    const client = await signedInClient(t.client(), user);
    await client.get('/en/account');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await client.post('/en/account/verify-email', {})).status);
    assert.deepEqual(statuses, [303, 303, 303, 303, 303, 429]);
  });

  it('limits sign-up attempts per client like every public form, with a translated 429 page', async () => {
    // An app of its own: the limit counts this client's attempts across the whole file otherwise.
    const own = await createTestApp();
    try {
      await tryTooMany(own);
    } finally {
      await own.close();
    }
  });
});

async function tryTooMany(own: TTestApp): Promise<void> {
  const client = own.client();
  await client.get('/ar/sign-up');
  const statuses = new Set<number>();
  for (let i = 0; i < 20; i += 1) {
    const res = await client.post('/ar/sign-up', { name: `زائر ${i}`, email: 'not-an-address' });
    statuses.add(res.status);
  }
  assert.deepEqual([...statuses], [422], 'twenty attempts are answered as usual');
  const layla = { name: 'ليلى', email: 'layla@example.org', password: 'a good long passphrase' };
  const blocked = await client.post('/ar/sign-up', { ...layla, passwordConfirmation: layla.password });
  assert.equal(blocked.status, 429);
  const html = await blocked.text();
  assert.match(html, /<html lang="ar" dir="rtl"/);
  assert.ok(visibleText(html).includes(translator('ar').t('errors.rate_limited.title')));
  assert.equal((await accountIdsWith(own.deps, layla.email)).length, 0, 'no account is made past the limit');
}

describe(`accounts: sign-up tells nobody whether an address is known (${testDialect})`, () => {
  let peer: TSmtpPeer;
  let t: TTestApp;
  before(async () => {
    peer = await startSmtpPeer();
    t = await createTestApp({ env: { SMTP_URL: peer.url } });
  });
  after(async () => {
    await t.close();
    await peer.close();
  });

  const signUpAs = async (email: string, password: string) => {
    const client = t.client();
    const res = await signUpThrough(client, { name: 'Lucía Gómez', email, password }, 'es');
    const page = await client.get(res.headers.get('location') ?? '/');
    return {
      status: res.status,
      location: res.headers.get('location'),
      sessionCookies: res.headers.getSetCookie().filter((c) => c.startsWith('carehub_session=')).length,
      text: visibleText(page.html).replace(/\s+/g, ' '),
    };
  };
  const mailsTo = (address: string) =>
    peer.received.filter((r) => r.envelopeTo.includes(address)).map((r) => r.mail);
  /** Delivery runs in the background after each request; waits until both mails have arrived. */
  const delivered = async (addresses: string[]) => {
    for (let i = 0; i < 100 && !addresses.every((a) => mailsTo(a).length > 0); i += 1) {
      await t.deps.mailer.dispatchPending();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('answers a known address exactly like a new one, and mails its owner instead of making an account', async () => {
    const owner = await createUser(t.deps, {
      email: 'known@example.org',
      name: 'Kwame Mensah',
      locale: 'fr',
    });
    const fresh = await signUpAs('new-person@example.org', 'una frase larga y nueva');
    const known = await signUpAs('KNOWN@example.org', 'una frase larga y nueva');
    assert.deepEqual(known, fresh, 'status, place, cookies and page are the same');
    assert.equal(fresh.status, 303);
    assert.equal(fresh.sessionCookies, 0);
    assert.ok(fresh.text.includes(translator('es').t('accounts.flash.signUpMailed')));

    const users = await t.deps.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('email', '=', 'known@example.org')
      .execute();
    assert.deepEqual(users, [{ id: owner.id, name: 'Kwame Mensah' }], 'no second account, no change');

    await delivered(['new-person@example.org', 'known@example.org']);
    const [welcome] = mailsTo('new-person@example.org');
    assert.equal(welcome?.subject, 'Confirme su dirección de correo electrónico');
    assert.match(welcome?.text ?? '', /\/es\/verify-email\?token=[\w-]{43}/);

    const [warning, ...more] = mailsTo('known@example.org');
    assert.equal(more.length, 0);
    assert.ok(warning, 'the owner of the known address is told');
    assert.equal(
      warning.subject,
      'Quelqu’un a essayé de créer un compte avec votre adresse',
      'in their language',
    );
    assert.match(warning.text ?? '', /Bonjour Kwame Mensah/);
    assert.ok(warning.text?.includes('http://localhost/fr/sign-in'));
    assert.ok(warning.text?.includes('http://localhost/fr/forgot-password'));
    assert.doesNotMatch(warning.text ?? '', /token=/, 'it carries no link secret');

    // The owner's password is theirs still; the one typed in the sign-up form opens nothing.
    assert.equal((await signInAs(t.client(), owner)).status, 303);
    const intruder = await signInAs(t.client(), { email: owner.email, password: 'una frase larga y nueva' });
    assert.equal(intruder.status, 422);
  });

  it('answers two sign-ups with one new address at once alike, and makes one account', async () => {
    const answers = await Promise.all([1, 2].map(() => signUpAs('twice@example.org', 'dos veces a la vez')));
    assert.deepEqual(answers[0], answers[1]);
    assert.equal((await accountIdsWith(t.deps, 'twice@example.org')).length, 1);
  });
});
