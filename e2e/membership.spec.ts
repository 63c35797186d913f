import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { countryName } from '../src/i18n/names.ts';
import { pdfBytes } from '../test/support/membership.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * The whole way into the alliance, in a real browser: an applicant applies in Arabic with a PDF
 * letter, the secretariat asks a question, the applicant answers, the secretariat accepts; the
 * organisation then shows in the directory and on the map, every step's e-mail is in the outbox,
 * and the audit log has every step.
 */
const secretariat = {
  email: 'reviews@example.org',
  password: 'care-alliance-reviews-2026',
  name: 'Secretariat',
};
const applicant = { email: 'salma@example.org', name: 'سلمى العلي' };
const organizationName = 'جمعية الرعاية المشتركة';

async function check(page: Page, locale: TLocale, label: string) {
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  assert.deepEqual({ lang, dir }, { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
  await assertNoAxeViolations(page, `${label} (${locale})`);
}

async function flash(page: Page): Promise<string> {
  return ((await page.locator('main p.notice[role="status"]').textContent()) ?? '').trim();
}

describe('joining the alliance in a real browser', () => {
  const e2e = useE2E();

  it('applies in Arabic, answers a question, is accepted, and appears in the directory and on the map', async () => {
    await createAdmin(e2e.server, { ...secretariat, locale: 'en' });
    const ar = (key: string, values?: Record<string, string | number>) => message('ar', key, values);
    const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);

    // The applicant reads /ar/join and opens the form.
    const page = await e2e.newPage({ locale: 'ar' });
    await page.goto('/ar/join');
    await check(page, 'ar', 'join');
    await page
      .getByRole('link', { name: ar('membership.join.start') })
      .first()
      .click();
    await page.waitForURL('**/ar/join/apply');
    await check(page, 'ar', 'application form');

    await page.getByLabel(ar('organizations.field.name'), { exact: true }).fill(organizationName);
    await page.getByLabel(ar('organizations.field.acronym'), { exact: true }).fill('JRM');
    await page
      .getByLabel(ar('organizations.field.stakeholderType'), { exact: true })
      .selectOption('civil_society_network');
    await page.getByLabel(ar('organizations.field.scope'), { exact: true }).selectOption('national');
    await page
      .getByRole('group', { name: ar('organizations.field.countries'), exact: true })
      .getByRole('checkbox', { name: countryName('ar', 'JO'), exact: true })
      .check();
    await page.getByLabel(ar('organizations.field.city'), { exact: true }).fill('عمّان');
    await page
      .getByLabel(ar('organizations.field.website'), { exact: true })
      .fill('https://care-jo.example.org');
    await page
      .getByLabel(ar('organizations.field.description'), { exact: true })
      .fill('نعمل على دعم مقدمي الرعاية غير مدفوعة الأجر.');
    await page.getByLabel(ar('membership.field.contactName'), { exact: true }).fill(applicant.name);
    await page.getByLabel(ar('membership.field.contactEmail'), { exact: true }).fill(applicant.email);
    await page
      .getByLabel(ar('membership.field.letterText'), { exact: true })
      .fill('نرغب في الانضمام إلى التحالف لتبادل الخبرات.');
    await page.getByLabel(ar('membership.field.letterFile'), { exact: true }).setInputFiles({
      name: 'risala.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfBytes()),
    });
    await page.getByLabel(ar('membership.field.consent'), { exact: true }).check();
    await page.getByRole('button', { name: ar('membership.form.submit'), exact: true }).click();
    await page.waitForURL(/\/ar\/join\/a\/[\w-]{43}$/);
    const statusUrl = page.url();
    assert.equal(await flash(page), ar('membership.flash.submitted'));
    const reference = /GAC-\d{4}-[A-Z2-9]{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
    assert.ok(reference, 'the status page shows a reference number');
    await check(page, 'ar', 'status page');

    // The secretariat finds it in the queue and asks a question.
    const staff = await e2e.newPage({ locale: 'en' });
    await staff.goto('/en/sign-in');
    await staff.getByLabel(en('accounts.field.email'), { exact: true }).fill(secretariat.email);
    await staff.getByLabel(en('accounts.field.password'), { exact: true }).fill(secretariat.password);
    await staff.getByRole('button', { name: en('accounts.signIn.submit'), exact: true }).click();
    await staff.waitForLoadState('load');
    await staff.goto('/en/admin/applications?status=open');
    await check(staff, 'en', 'queue');
    await staff.getByRole('link', { name: reference }).click();
    await staff.waitForURL(/\/en\/admin\/applications\/[\w-]+$/);
    await check(staff, 'en', 'review');
    const reviewUrl = staff.url();
    await staff.locator('summary', { hasText: en('membership.review.requestInformation') }).click();
    await staff
      .getByLabel(en('membership.review.questionLabel'), { exact: true })
      .fill('In which governorates do you work?');
    await staff.locator('form[action$="/request-information"] button[type="submit"]').click();
    await staff.waitForURL(reviewUrl);
    assert.equal(await flash(staff), en('membership.flash.informationRequested'));

    // The applicant sees the question, answers and sends the application back.
    await page.goto(statusUrl);
    assert.match((await page.locator('main').textContent()) ?? '', /In which governorates do you work\?/);
    await page.getByRole('link', { name: ar('membership.status.answer') }).click();
    await check(page, 'ar', 'answer form');
    await page.getByLabel(ar('organizations.field.city'), { exact: true }).fill('عمّان والزرقاء');
    await page.getByLabel(ar('membership.field.consent'), { exact: true }).check();
    await page.getByRole('button', { name: ar('membership.form.resubmit'), exact: true }).click();
    await page.waitForURL(statusUrl);
    assert.equal(await flash(page), ar('membership.flash.resubmitted'));

    // The secretariat reviews again and accepts.
    await staff.goto(reviewUrl);
    await staff.getByRole('button', { name: en('membership.review.startReview'), exact: true }).click();
    await staff.waitForURL(reviewUrl);
    await staff.locator('summary', { hasText: en('membership.review.accept') }).click();
    await staff.getByLabel(en('membership.review.acceptMessageLabel'), { exact: true }).fill('أهلًا وسهلًا!');
    await staff.locator('form[action$="/accept"] button[type="submit"]').click();
    await staff.waitForURL(reviewUrl);
    assert.equal(await flash(staff), en('membership.flash.accepted'));

    // The organisation is in the directory and on the map.
    const visitor = await e2e.newPage({ locale: 'ar' });
    await visitor.goto('/ar/members?country=JO');
    await check(visitor, 'ar', 'directory');
    await visitor.getByRole('link', { name: organizationName }).click();
    await visitor.waitForURL(/\/ar\/members\/[^/]+$/);
    await check(visitor, 'ar', 'profile');
    assert.equal((await visitor.locator('main h1').textContent())?.includes(organizationName), true);
    await visitor.goto('/ar/members/map');
    await check(visitor, 'ar', 'map');
    const jordan = visitor.locator('svg a[href="/ar/members?country=JO"]');
    assert.equal(await jordan.count(), 1, 'Jordan links to its members');
    assert.match((await jordan.getAttribute('aria-label')) ?? '', /الأردن/);

    // Every step's e-mail is in the outbox.
    await staff.goto('/en/admin/outbox');
    const outbox = (await staff.locator('main').textContent()) ?? '';
    for (const kind of ['submitted', 'reviewStarted', 'informationRequested', 'resubmitted', 'accepted']) {
      const subject = message('ar', `membership.mail.${kind}.subject`, {
        reference,
        organization: organizationName,
      });
      assert.ok(outbox.includes(subject), `the outbox has "${subject}"`);
    }
    assert.ok(
      outbox.includes(
        message('ar', 'membership.mail.ownerNewAccount.subject', { organization: organizationName }),
      ),
    );

    // The audit log shows each step.
    for (const action of [
      'membership.application_started',
      'membership.application_submitted',
      'membership.review_started',
      'membership.information_requested',
      'membership.application_resubmitted',
      'membership.application_accepted',
      'organizations.created',
    ]) {
      await staff.goto(`/en/admin/audit?action=${action}`);
      assert.ok(((await staff.locator('main').textContent()) ?? '').includes(reference), `audit: ${action}`);
    }
  });
});
