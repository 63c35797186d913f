import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { countryName } from '../src/i18n/names.ts';
import { docxBytes, pdfBytes } from '../test/support/membership.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * Issue 16, item 8 in a real browser: an applicant asked for more information replies with a message
 * and two files, in Spanish without JavaScript and in Arabic with it; the reply page and the
 * reviewer's page have no axe violation and do not scroll sideways at 1280 and 375 px.
 */
const secretariat = {
  email: 'replies@example.org',
  password: 'care-alliance-replies-2026',
  name: 'Secretariat',
};

const cases: { locale: TLocale; isScripted: boolean; organization: string; reply: string }[] = [
  {
    locale: 'es',
    isScripted: false,
    organization: 'Red Comunitaria de Cuidados de Soacha',
    reply: 'Trabajamos con la alcaldía de Soacha y con dos juntas de vecinos.',
  },
  {
    locale: 'ar',
    isScripted: true,
    organization: 'جمعية رعاية الأسرة في إربد',
    reply: 'نعمل مع بلدية إربد ومع مركزين صحيين في المحافظة.',
  },
];

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Axe and sideways scrolling at 1280 and 375 px, then back to 1280. */
async function checkWidths(page: Page, label: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await scrollsSideways(page), false, `${label} scrolls sideways at ${width} px`);
    await assertNoAxeViolations(page, `${label} at ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function apply(page: Page, locale: TLocale, organization: string): Promise<string> {
  const m = (key: string) => message(locale, key);
  await page.goto(`/${locale}/join/apply`);
  await page.getByLabel(m('organizations.field.name'), { exact: true }).fill(organization);
  await page
    .getByLabel(m('organizations.field.stakeholderType'), { exact: true })
    .selectOption('civil_society_network');
  await page.getByLabel(m('organizations.field.scope'), { exact: true }).selectOption('local');
  const country = locale === 'ar' ? 'JO' : 'CO';
  await page
    .getByRole('group', { name: m('organizations.field.countries'), exact: true })
    .getByRole('checkbox', { name: countryName(locale, country), exact: true })
    .check();
  await page
    .getByLabel(m('organizations.field.description'), { exact: true })
    .fill(locale === 'ar' ? 'ندعم مقدمي الرعاية في الأحياء.' : 'Apoyamos a quienes cuidan en los barrios.');
  await page.getByLabel(m('membership.field.contactName'), { exact: true }).fill('Test');
  await page
    .getByLabel(m('membership.field.contactEmail'), { exact: true })
    .fill(`reply-${locale}@example.org`);
  await page
    .getByLabel(m('membership.field.letterText'), { exact: true })
    .fill(locale === 'ar' ? 'نرغب في الانضمام.' : 'Queremos unirnos a la alianza.');
  await page.getByLabel(m('membership.field.consent'), { exact: true }).check();
  await page.getByRole('button', { name: m('membership.form.submit'), exact: true }).click();
  await page.waitForURL(new RegExp(`/${locale}/join/a/[\\w-]{43}$`));
  return page.url();
}

describe('the applicant’s reply with added files, in a real browser', () => {
  const e2e = useE2E();

  it('replies in Spanish without a script and in Arabic with one; the reviewer reads both', async () => {
    await createAdmin(e2e.server, { ...secretariat, locale: 'en' });
    const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
    const staff = await e2e.newPage({ locale: 'en' });
    await staff.goto('/en/sign-in');
    await staff.getByLabel(en('accounts.field.email'), { exact: true }).fill(secretariat.email);
    await staff.getByLabel(en('accounts.field.password'), { exact: true }).fill(secretariat.password);
    await staff.getByRole('button', { name: en('accounts.signIn.submit'), exact: true }).click();
    await staff.waitForLoadState('load');

    for (const c of cases) {
      const m = (key: string, values?: Record<string, string | number>) => message(c.locale, key, values);
      const page = await e2e.newPage({ locale: c.locale, javaScriptEnabled: c.isScripted });
      const statusUrl = await apply(page, c.locale, c.organization);
      const reference = /GAC-\d{4}-[A-Z2-9]{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0];
      assert.ok(reference);

      await staff.goto('/en/admin/applications?status=open');
      await staff.getByRole('link', { name: reference }).click();
      await staff.waitForURL(/\/en\/admin\/applications\/[\w-]+$/);
      const reviewUrl = staff.url();
      await staff.locator('summary', { hasText: en('membership.review.requestInformation') }).click();
      await staff
        .getByLabel(en('membership.review.questionLabel'), { exact: true })
        .fill('Which local authorities do you work with?');
      await staff.locator('form[action$="/request-information"] button[type="submit"]').click();
      await staff.waitForURL(reviewUrl);

      await page.goto(statusUrl);
      await page.getByRole('link', { name: m('membership.status.reply'), exact: true }).click();
      await page.waitForURL(`${statusUrl}/reply`);
      if (c.isScripted) await checkWidths(page, `reply page (${c.locale})`);
      else {
        // Axe needs a script: the same page, read in a second browser that runs one.
        const viewer = await e2e.newPage({ locale: c.locale });
        await viewer.goto(`${statusUrl}/reply`);
        await checkWidths(viewer, `reply page (${c.locale})`);
      }

      // Nothing typed and nothing chosen: one named error, the page kept.
      await page.getByRole('button', { name: m('membership.reply.send'), exact: true }).click();
      await page.waitForURL(`${statusUrl}/reply`);
      assert.match(
        (await page.locator('.error-summary').textContent()) ?? '',
        new RegExp(m('membership.errors.replyEmpty').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );

      await page.getByLabel(m('membership.reply.messageLabel'), { exact: true }).fill(c.reply);
      await page.getByLabel(m('membership.reply.filesLabel'), { exact: true }).setInputFiles([
        { name: 'acuerdo.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes()) },
        {
          name: 'informe.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(docxBytes()),
        },
      ]);
      await page.getByRole('button', { name: m('membership.reply.send'), exact: true }).click();
      await page.waitForURL(statusUrl);
      assert.equal(
        ((await page.locator('main p.notice[role="status"]').textContent()) ?? '').trim(),
        m('membership.flash.replied'),
      );
      const own = (await page.locator('main .application-replies').textContent()) ?? '';
      assert.ok(own.includes(c.reply) && own.includes('acuerdo.pdf') && own.includes('informe.docx'));

      await staff.goto(reviewUrl);
      const replies = staff.locator('main .application-replies');
      assert.ok(((await replies.textContent()) ?? '').includes(c.reply));
      assert.equal(await replies.locator('a[download]').count(), 2);
      assert.equal(await replies.locator(`.prose[lang="${c.locale}"]`).count(), 1);
      await checkWidths(staff, `review page with the ${c.locale} reply`);
      const download = staff.waitForEvent('download');
      await replies.locator('a[download]').first().click();
      assert.equal((await download).suggestedFilename(), 'acuerdo.pdf');
    }

    // The demo's application waits with its reply in Spanish.
    await staff.goto('/es/admin/applications?status=open');
    await staff.getByRole('link', { name: 'GAC-2026-TCVA7Q' }).click();
    await staff.waitForURL(/\/es\/admin\/applications\/[\w-]+$/);
    assert.equal(await staff.locator('main .application-replies .prose[lang="es"]').count(), 1);
    await checkWidths(staff, 'review page of the demo application (es)');
  });
});
