import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { submitSignUp } from './support/accounts.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

const admin = {
  email: 'secretariat@example.org',
  password: 'care-alliance-secretariat-2026',
  name: 'Secretariat',
};
const amina = { email: 'amina@example.org', password: 'رعاية-للجميع-2026-care', name: 'أمينة الحسن' };
const jan = {
  email: 'jan.kowalski@example.org',
  password: 'harvest-moon-over-vistula-26',
  name: 'Jan Kowalski',
};

async function assertLanguage(page: Page, locale: TLocale) {
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  assert.deepEqual({ lang, dir }, { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
}

/** Checks the page a person just reached: its language, and axe finds nothing. */
async function checkPage(page: Page, locale: TLocale, label: string) {
  await assertLanguage(page, locale);
  await assertNoAxeViolations(page, `${label} (${locale})`);
}

async function signIn(page: Page, locale: TLocale, account: { email: string; password: string }) {
  await page.goto(`/${locale}/sign-in`);
  await checkPage(page, locale, 'sign-in');
  await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(account.email);
  await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(account.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

async function flashText(page: Page): Promise<string | null> {
  const notice = page.locator('main p.notice[role="status"]');
  return (await notice.count()) > 0 ? ((await notice.textContent())?.trim() ?? null) : null;
}

describe('accounts in a real browser', () => {
  const e2e = useE2E();
  let verificationLink = '';

  it('signs up in Arabic; an admin finds the verification mail in /ar/admin/outbox; the link verifies', async () => {
    await createAdmin(e2e.server, { ...admin, locale: 'ar' });

    // A visitor signs up in Arabic.
    const visitor = await e2e.newPage({ locale: 'ar' });
    await visitor.goto('/ar/sign-up');
    await checkPage(visitor, 'ar', 'sign-up');
    assert.equal(
      (await visitor.locator('main h1').textContent())?.trim(),
      message('ar', 'accounts.signUp.title'),
    );
    await submitSignUp(visitor, 'ar', amina);
    // The same answer whether or not the address had an account: check your mail, then sign in.
    await visitor.waitForURL('**/ar/sign-in');
    await checkPage(visitor, 'ar', 'sign-in after sign-up');
    assert.equal(await flashText(visitor), message('ar', 'accounts.flash.signUpMailed'));
    await signIn(visitor, 'ar', amina);
    await visitor.goto('/ar/account');
    await checkPage(visitor, 'ar', 'account, not verified');
    const accountFacts = (await visitor.locator('main dl').first().textContent()) ?? '';
    assert.ok(accountFacts.includes(amina.name), 'the account shows her name');
    assert.ok(accountFacts.includes(message('ar', 'accounts.account.notVerified')), 'not verified yet');

    // The secretariat reads the outbox (mail is kept there: no SMTP configured).
    const secretariat = await e2e.newPage({ locale: 'ar' });
    await signIn(secretariat, 'ar', admin);
    await secretariat.goto('/ar/admin/outbox');
    await checkPage(secretariat, 'ar', 'admin outbox');
    const row = secretariat.locator('main tbody tr', { hasText: amina.email });
    assert.equal(await row.count(), 1, 'one message to her in the outbox');
    const subject = message('ar', 'mail.verifyEmail.subject');
    await row.getByRole('link', { name: subject, exact: true }).click();
    await secretariat.waitForURL('**/ar/admin/outbox/*');
    await checkPage(secretariat, 'ar', 'outbox message');
    assert.equal((await secretariat.locator('main h1').textContent())?.trim(), subject);
    const link = secretariat.locator('main .pre a[href*="/ar/verify-email?token="]');
    assert.equal(await link.count(), 1, 'the mail carries one verification link, in Arabic');
    verificationLink = (await link.getAttribute('href')) ?? '';
    assert.ok(verificationLink.startsWith(`${e2e.server.baseUrl}/ar/verify-email?token=`), verificationLink);

    // She opens the link from her mail: a page shows her address and one button (opening alone
    // confirms nothing, so a mail scanner that opened the link first has not used it up).
    const opened = await visitor.goto(verificationLink);
    assert.equal(opened?.status(), 200);
    await checkPage(visitor, 'ar', 'confirm e-mail address');
    assert.equal(
      (await visitor.locator('main h1').textContent())?.trim(),
      message('ar', 'accounts.confirmEmail.title'),
    );
    assert.ok(((await visitor.locator('main dl').textContent()) ?? '').includes(amina.email));
    await visitor
      .getByRole('button', { name: message('ar', 'accounts.confirmEmail.submit'), exact: true })
      .click();
    await visitor.waitForURL('**/ar/account');
    await checkPage(visitor, 'ar', 'account, verified');
    assert.equal(await flashText(visitor), message('ar', 'accounts.flash.emailVerified'));
    const verifiedFacts = (await visitor.locator('main dl').first().textContent()) ?? '';
    assert.ok(!verifiedFacts.includes(message('ar', 'accounts.account.notVerified')), 'no longer unverified');
    assert.equal(await visitor.locator('#verify-title').count(), 0, 'no "verify your address" notice');

    // The link works once.
    const reused = await visitor.goto(verificationLink);
    assert.equal(reused?.status(), 400);
    assert.equal(
      (await visitor.locator('main h1').textContent())?.trim(),
      message('ar', 'accounts.linkInvalid.title'),
    );
    await checkPage(visitor, 'ar', 'used verification link');
  });

  it('signs in and out (English), refusing a wrong password', async () => {
    const page = await e2e.newPage();
    await signIn(page, 'en', { email: amina.email, password: 'not-her-password-at-all' });
    assert.equal(new URL(page.url()).pathname, '/en/sign-in');
    await checkPage(page, 'en', 'sign-in refused');
    assert.equal(await page.locator('[role="alert"]').count(), 1, 'an error summary is shown');
    assert.equal(
      await page.getByLabel(message('en', 'accounts.field.email'), { exact: true }).inputValue(),
      amina.email,
      'what she typed is kept',
    );

    await signIn(page, 'en', amina);
    assert.equal(new URL(page.url()).pathname, '/en/');
    await checkPage(page, 'en', 'home, signed in');
    assert.equal(await flashText(page), message('en', 'accounts.flash.signedIn'));
    const accountNav = page.getByRole('navigation', { name: message('en', 'common.account.label') });
    assert.equal(await accountNav.getByRole('link', { name: amina.name }).count(), 1);

    await page.goto('/en/account');
    await checkPage(page, 'en', 'account');
    assert.ok(((await page.locator('main dl').first().textContent()) ?? '').includes(amina.email));

    await accountNav
      .getByRole('button', { name: message('en', 'common.account.signOut'), exact: true })
      .click();
    await page.waitForURL('**/en/');
    assert.equal(await flashText(page), message('en', 'accounts.flash.signedOut'));
    assert.equal(
      await accountNav
        .getByRole('link', { name: message('en', 'common.account.signIn'), exact: true })
        .count(),
      1,
    );
    await checkPage(page, 'en', 'home, signed out');

    // Signed out, the account page asks to sign in again and returns there afterwards.
    await page.goto('/en/account');
    assert.equal(new URL(page.url()).pathname, '/en/sign-in');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/en/account');
  });

  it('shows the same pages without axe violations in the other language', async () => {
    const visitor = await e2e.newPage();
    await visitor.goto('/en/sign-up');
    await checkPage(visitor, 'en', 'sign-up');
    await visitor.getByRole('button', { name: message('en', 'accounts.signUp.submit'), exact: true }).click();
    await visitor.waitForLoadState('load');
    // The browser's own checks (required fields) stop an empty form; an invalid one reaches the server.
    await visitor.getByLabel(message('en', 'accounts.field.name'), { exact: true }).fill('Jan Kowalski');
    await visitor.getByLabel(message('en', 'accounts.field.email'), { exact: true }).fill(amina.email);
    await visitor.getByLabel(message('en', 'accounts.field.password'), { exact: true }).fill('x'.repeat(20));
    await visitor
      .getByLabel(message('en', 'accounts.field.passwordConfirmation'), { exact: true })
      .fill('y'.repeat(20));
    await visitor.getByRole('button', { name: message('en', 'accounts.signUp.submit'), exact: true }).click();
    await visitor.waitForLoadState('load');
    assert.equal(new URL(visitor.url()).pathname, '/en/sign-up');
    assert.equal(await visitor.locator('[role="alert"]').count(), 1, 'the form comes back with its errors');
    await checkPage(visitor, 'en', 'sign-up with errors');
    // Corrected, the sign-up goes through and mails an English confirmation link.
    await submitSignUp(visitor, 'en', jan);
    await visitor.waitForURL('**/en/sign-in');
    await signIn(visitor, 'en', jan);

    const invalid = await visitor.goto('/en/verify-email?token=not-a-real-token');
    assert.equal(invalid?.status(), 400);
    await checkPage(visitor, 'en', 'invalid verification link');

    const arabicVisitor = await e2e.newPage({ locale: 'ar' });
    await signIn(arabicVisitor, 'ar', { email: 'nobody@example.org', password: 'wrong-password-here' });
    await checkPage(arabicVisitor, 'ar', 'sign-in refused');
    await arabicVisitor.goto('/ar/verify-email?token=not-a-real-token');
    await checkPage(arabicVisitor, 'ar', 'invalid verification link');

    const secretariat = await e2e.newPage();
    await signIn(secretariat, 'en', admin);
    await secretariat.goto('/en/admin/outbox');
    await checkPage(secretariat, 'en', 'admin outbox');
    await secretariat.locator('main tbody tr', { hasText: amina.email }).first().getByRole('link').click();
    await secretariat.waitForURL('**/en/admin/outbox/*');
    await checkPage(secretariat, 'en', 'outbox message');
    await secretariat.goto('/en/admin/outbox');
    await secretariat.locator('main tbody tr', { hasText: jan.email }).first().getByRole('link').click();
    await secretariat.waitForURL('**/en/admin/outbox/*');
    const link = secretariat.locator('main .pre a[href*="/en/verify-email?token="]');
    await visitor.goto((await link.getAttribute('href')) ?? '');
    await checkPage(visitor, 'en', 'confirm e-mail address');
    await visitor
      .getByRole('button', { name: message('en', 'accounts.confirmEmail.submit'), exact: true })
      .click();
    await visitor.waitForURL('**/en/account');
    assert.equal(await flashText(visitor), message('en', 'accounts.flash.emailVerified'));
    await secretariat.goto('/en/account');
    await checkPage(secretariat, 'en', 'admin account');
  });
});
