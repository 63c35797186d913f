import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoEvents } from '../src/demo/demo-events.ts';
import type { TLocale } from '../src/i18n/locales.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

const admin = {
  email: 'events-secretariat@example.org',
  password: 'calendar-of-care-2026-admin',
  name: 'Secretariat',
};
const webinar = demoEvents.find((e) => e.slug === 'alliance-webinar-sharing-care-practices');

async function checkPage(page: Page, locale: TLocale, label: string) {
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  assert.deepEqual({ lang, dir }, { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
  await assertNoAxeViolations(page, `${label} (${locale})`);
}

async function flashText(page: Page): Promise<string | null> {
  const notice = page.locator('main p.notice[role="status"]');
  return (await notice.count()) > 0 ? ((await notice.textContent())?.trim() ?? null) : null;
}

async function signIn(page: Page, locale: TLocale) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(admin.email);
  await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

describe('events in a real browser', () => {
  const e2e = useE2E();
  let isAdminCreated = false;

  for (const locale of ['en', 'ar'] as const) {
    it(`finds an event, registers, gets the e-mail, adds it to a calendar and cancels (${locale})`, async () => {
      assert.ok(webinar, 'the demo has an upcoming webinar with registration');
      if (!isAdminCreated) {
        await createAdmin(e2e.server, { ...admin, locale });
        isAdminCreated = true;
      }
      const title = webinar.translations?.[locale]?.title ?? webinar.title;
      const email = `reader.${locale}@example.org`;

      // Find the event on the calendar, as a list and as a month.
      const visitor = await e2e.newPage({
        locale,
        timezoneId: locale === 'ar' ? 'Asia/Muscat' : 'Europe/Warsaw',
      });
      await visitor.goto(`/${locale}/events`);
      await checkPage(visitor, locale, 'calendar');
      await visitor.goto(`/${locale}/events?view=month`);
      await checkPage(visitor, locale, 'calendar, month');
      await visitor.goto(`/${locale}/events`);
      await visitor.getByRole('link', { name: title, exact: true }).first().click();
      await visitor.waitForURL(`**/${locale}/events/${webinar.slug}`);
      await checkPage(visitor, locale, 'event');
      assert.equal((await visitor.locator('main h1').textContent())?.trim(), title);
      const whenText = (await visitor.locator('.event-when').textContent()) ?? '';
      assert.ok(whenText.includes('America/Mexico_City'), 'the event names its zone');

      // Register.
      await visitor
        .getByLabel(message(locale, 'events.register.name'), { exact: true })
        .fill(locale === 'ar' ? 'أمينة الحسن' : 'Ana Pérez');
      await visitor.getByLabel(message(locale, 'events.register.email'), { exact: true }).fill(email);
      await visitor
        .getByRole('button', { name: message(locale, 'events.register.submit'), exact: true })
        .click();
      // The same answer for a new or an already registered address: the link comes by mail only.
      await visitor.waitForURL(`**/${locale}/events/${webinar.slug}`);
      assert.equal(await flashText(visitor), message(locale, 'events.flash.registrationMailed'));
      await checkPage(visitor, locale, 'registration answered');

      // Add it to a calendar: the .ics link answers with a calendar that keeps the event's zone.
      const icsHref = await visitor
        .getByRole('link', {
          name: message(locale, 'events.page.addToCalendar', { format: '.ics' }),
          exact: true,
        })
        .getAttribute('href');
      assert.equal(icsHref, `/events/${webinar.slug}.ics`);
      const ics = await visitor.request.get(icsHref ?? '');
      assert.equal(ics.status(), 200);
      assert.match(ics.headers()['content-type'] ?? '', /^text\/calendar/);
      const icsText = await ics.text();
      assert.ok(icsText.includes('BEGIN:VTIMEZONE\r\nTZID:America/Mexico_City'));
      assert.ok(icsText.includes('DTSTART;TZID=America/Mexico_City:'));

      // The confirmation e-mail is in the outbox, with the link to cancel.
      const secretariat = await e2e.newPage({ locale });
      await signIn(secretariat, locale);
      await secretariat.goto(`/${locale}/admin/outbox`);
      const row = secretariat.locator('main tbody tr', { hasText: email });
      assert.equal(await row.count(), 1, 'one message to the registrant');
      await row.getByRole('link').first().click();
      await secretariat.waitForURL(`**/${locale}/admin/outbox/*`);
      await checkPage(secretariat, locale, 'outbox message');
      assert.equal(
        (await secretariat.locator('main h1').textContent())?.trim(),
        message(locale, 'events.mail.confirmed.subject', { title }),
      );
      const link = secretariat.locator('main a[href*="/registration/"]');
      assert.equal(await link.count(), 1, 'the mail carries the registration link');
      const cancelLink = (await link.getAttribute('href')) ?? '';

      // Cancel from the link in the mail.
      await visitor.goto(cancelLink);
      await checkPage(visitor, locale, 'registration from the mail');
      await visitor
        .getByRole('button', { name: message(locale, 'events.registration.cancel'), exact: true })
        .click();
      await visitor.waitForLoadState('load');
      assert.equal(await flashText(visitor), message(locale, 'events.flash.registrationCancelled'));
      assert.equal(
        await visitor
          .getByRole('button', { name: message(locale, 'events.registration.cancel'), exact: true })
          .count(),
        0,
      );
      await checkPage(visitor, locale, 'cancelled registration');

      // Back on the event, the page also shows the time in the zone the browser reported.
      await visitor.goto(`/${locale}/events/${webinar.slug}`);
      const readerZone = locale === 'ar' ? 'Asia/Muscat' : 'Europe/Warsaw';
      assert.ok(
        ((await visitor.locator('.event-when').textContent()) ?? '').includes(readerZone),
        'the reader’s zone is shown',
      );

      // The other pages of events, news and campaigns, for readers and for organisers.
      for (const path of [
        '/time-zone',
        '/events/recommendations',
        '/events/social-care-policies-conference-muscat-2024/outcome',
        '/news',
        '/news/cities-and-care-summit-of-the-future',
        '/news/digest',
        '/campaigns',
        '/campaigns/care-at-the-centre-of-the-recovery',
      ]) {
        await visitor.goto(`/${locale}${path}`);
        await checkPage(visitor, locale, path);
      }
      for (const path of [
        '/events/new',
        `/events/${webinar.slug}/attendees`,
        `/events/${webinar.slug}/edit`,
        '/news/new',
        '/campaigns/new',
        // As a lead sees it: with the form that adds materials.
        '/campaigns/care-at-the-centre-of-the-recovery',
      ]) {
        await secretariat.goto(`/${locale}${path}`);
        await checkPage(secretariat, locale, path);
      }
    });
  }
});
