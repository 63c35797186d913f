import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { addDaysToDate, startOfLocalDay } from '../src/domains/communities/digest-periods.ts';
import { replyAddressFor } from '../src/domains/communities/index.ts';
import { registerCommunityMail, runDigests } from '../src/domains/communities/notifications.service.ts';
import type { TLocale } from '../src/i18n/locales.ts';
import { languageName } from '../src/i18n/names.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createLogger } from '../src/platform/logger.ts';
import { localDateTimeAt } from '../src/platform/time-zones.ts';
import { startSmtpPeer } from '../test/support/smtp-peer.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';
import { freePort } from './support/server.ts';

const lucas = {
  email: 'lucas@cuidados.example.org',
  password: 'manzanas del cuidado 2026',
  name: 'Lucas Herrera',
};
const salma = {
  email: 'salma@care.example.om',
  password: 'رعاية المجتمع في المدن 2026',
  name: 'سلمى الهنائي',
};
const reem = {
  email: 'reem@care.example.om',
  password: 'ميسّرة مجتمع الرعاية 2026',
  name: 'ريم الفارسي',
};
const admin = {
  email: 'coordinadora@alliance.example.org',
  password: 'secretaría de la alianza 2026',
  name: 'Inés Coordinadora',
};

/**
 * Issue 13 in a real browser, on the demo, in Spanish and Arabic: two members join "Care in cities",
 * one starts a discussion in Spanish, the other replies in Arabic and translates the question; the
 * first reads the reply in Spanish once translated, with the original one click away; a report is
 * handled by the community's facilitator (in Arabic), and its author reads the reason. Salma also
 * answers by e-mail, through the server's own SMTP listener, and her answer shows in the thread. Lucas
 * chose a daily digest: the next day's digest reaches a real SMTP peer in Spanish with both of Salma's
 * answers; its one-click unsubscribe (RFC 8058 POST) stops the digests. Every page is axe clean.
 */
const inboundPort = await freePort();
const replyDomain = 'reply.carehub.test';
/** Where the server delivers its mail (SMTP_URL): a real SMTP server that keeps what it receives. */
const outbound = await startSmtpPeer();
const hourMs = 3_600_000;

/**
 * Lucas's digest zone: of a few zones without summer time, the one whose clock is nearest noon when the
 * suite starts, so the minutes the story takes never cross his midnight (the edge of a daily digest's
 * day), whatever the hour the suite runs at. `storyDay` is that day on his clock.
 */
const digestZone = (() => {
  const zones = ['UTC', 'Asia/Dubai', 'Asia/Dhaka', 'Asia/Tokyo', 'Pacific/Honolulu', 'America/Bogota'];
  const noonDistance = (zone: string) => {
    const [hours = 0, minutes = 0] = localDateTimeAt(zone, Date.now()).slice(11, 16).split(':').map(Number);
    return Math.abs(hours * 60 + minutes - 12 * 60);
  };
  return zones.reduce((best, zone) => (noonDistance(zone) < noonDistance(best) ? zone : best));
})();
const storyDay = localDateTimeAt(digestZone, Date.now()).slice(0, 10);

describe('communities in a real browser (Spanish and Arabic)', () => {
  const e2e = useE2E({
    env: { SMTP_INBOUND_PORT: String(inboundPort), SMTP_REPLY_DOMAIN: replyDomain, SMTP_URL: outbound.url },
  });
  after(async () => {
    await outbound.close();
  });

  /**
   * Time passes: the digest run the server's hourly job makes an hour into the `days`-th day after the
   * story's day on Lucas's clock (never from the wall clock, which may have passed midnight meanwhile),
   * on the server's own database and with its mail settings (what it writes goes to the same SMTP peer).
   */
  async function runDailyDigestsIn(days: number) {
    const config = readConfig({
      DATA_DIR: e2e.server.dataDir,
      PUBLIC_URL: e2e.server.baseUrl,
      SMTP_URL: outbound.url,
      LOG_LEVEL: 'warn',
    });
    const deps = await createDeps(config, createLogger('warn'));
    // As on the server: a digest is checked again just before it is delivered.
    registerCommunityMail(deps);
    try {
      const dayStart = startOfLocalDay(digestZone, addDaysToDate(storyDay, days)).getTime();
      return await runDigests(deps, 'daily', { now: new Date(dayStart + hourMs) });
    } finally {
      await closeDeps(deps);
    }
  }

  async function mailTo(address: string, count: number, waitMs = 30_000) {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const found = outbound.received.filter((r) => r.envelopeTo.includes(address));
      if (found.length >= count || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /**
   * The reply address a notification to this member about this thread carries: made with the same
   * function and the server's own secret, read from its database.
   */
  function replyAddressOf(email: string, threadId: string): string {
    const db = new SqliteDatabase(join(e2e.server.dataDir, 'carehub.sqlite'), { readonly: true });
    try {
      const secret = (
        db.prepare("select value from app_meta where key = 'secret'").get() as { value: string }
      ).value;
      const user = db.prepare('select id from users where email = ?').get(email) as { id: string };
      const config = readConfig({ PUBLIC_URL: e2e.server.baseUrl, SMTP_REPLY_DOMAIN: replyDomain });
      return replyAddressFor({ secret, clock: systemClock, config }, { userId: user.id, threadId });
    } finally {
      db.close();
    }
  }

  async function prepare() {
    for (const [account, locale] of [
      [lucas, 'es'],
      [salma, 'ar'],
      [reem, 'ar'],
      [admin, 'es'],
    ] as const)
      await createAdmin(e2e.server, { ...account, locale });
    const db = new SqliteDatabase(join(e2e.server.dataDir, 'carehub.sqlite'));
    try {
      for (const account of [lucas, salma, reem])
        db.prepare('delete from user_roles where user_id = (select id from users where email = ?)').run(
          account.email,
        );
    } finally {
      db.close();
    }
  }

  async function signIn(page: Page, locale: TLocale, account: { email: string; password: string }) {
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(account.email);
    await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(account.password);
    await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
    await page.waitForLoadState('load');
  }

  it('joins, discusses across Spanish and Arabic with a translation, and handles a report', async () => {
    await prepare();
    const es = await e2e.newPage({ locale: 'es' });
    const ar = await e2e.newPage({ locale: 'ar' });
    await signIn(es, 'es', lucas);
    await signIn(ar, 'ar', salma);

    await es.goto('/es/communities');
    assert.match((await es.locator('main').textContent()) ?? '', /Cuidados en las ciudades/);
    await assertNoAxeViolations(es, '/es/communities');
    await es.goto('/es/communities/care-in-cities');
    await es.getByRole('button', { name: message('es', 'communities.join'), exact: true }).click();
    await es.waitForLoadState('load');
    await assertNoAxeViolations(es, '/es/communities/care-in-cities (member)');
    await es
      .getByLabel(message('es', 'communities.threads.titleField'), { exact: true })
      .fill('¿Quién cuida a las cuidadoras en el barrio?');
    await es
      .getByLabel(message('es', 'communities.post.body'), { exact: true })
      .fill(
        'En nuestro barrio abrimos un espacio de descanso para las mujeres que cuidan. ¿Cómo lo financian en otras ciudades?',
      );
    await es.getByRole('button', { name: message('es', 'communities.threads.start'), exact: true }).click();
    await es.waitForURL('**/es/communities/care-in-cities/threads/*');
    const threadPath = new URL(es.url()).pathname.replace(/^\/es/, '');
    assert.match((await es.locator('main').textContent()) ?? '', /Escrito en español/);
    await assertNoAxeViolations(es, `/es${threadPath}`);

    // Lucas wants the news of what he watches (his own thread) once a day.
    await es.goto('/es/communities/mail');
    await es
      .getByLabel(message('es', 'communities.mailSettings.frequencyName.daily'), { exact: true })
      .check();
    await es
      .getByLabel(message('es', 'communities.mailSettings.timeZone'), { exact: true })
      .selectOption(digestZone);
    await es
      .getByRole('button', { name: message('es', 'communities.mailSettings.save'), exact: true })
      .click();
    await es.waitForLoadState('load');
    await assertNoAxeViolations(es, '/es/communities/mail');

    // Salma joins, replies in Arabic and translates the question into Arabic.
    await ar.goto('/ar/communities/care-in-cities');
    assert.equal(await ar.evaluate(() => document.documentElement.dir), 'rtl');
    await ar.getByRole('button', { name: message('ar', 'communities.join'), exact: true }).click();
    await ar.waitForLoadState('load');
    await ar.goto(`/ar${threadPath}`);
    await ar
      .getByLabel(message('ar', 'communities.post.body'), { exact: true })
      .fill('نموّل المساحة من ميزانية البلدية ومن شراكة مع جمعية محلية، ونقيس الوقت الذي توفّره للنساء.');
    await ar.getByRole('button', { name: message('ar', 'communities.reply.submit'), exact: true }).click();
    await ar.waitForLoadState('load');
    await ar
      .locator('main article.post')
      .first()
      .getByRole('link', { name: message('ar', 'communities.post.translate'), exact: true })
      .click();
    await assertNoAxeViolations(ar, 'the translation form (ar)');
    await ar
      .getByLabel(message('ar', 'communities.post.translationLanguage'), { exact: true })
      .selectOption('ar');
    await ar
      .getByLabel(message('ar', 'communities.post.body'), { exact: true })
      .fill('في حيّنا فتحنا مساحة للراحة للنساء اللواتي يقدّمن الرعاية. كيف تموّلون ذلك في مدن أخرى؟');
    await ar
      .getByRole('button', { name: message('ar', 'communities.post.saveTranslation'), exact: true })
      .click();
    await ar.waitForLoadState('load');
    const arText = (await ar.locator('main').textContent()) ?? '';
    assert.match(arText, /في حيّنا فتحنا مساحة للراحة/);
    await assertNoAxeViolations(ar, `/ar${threadPath}`);

    // Lucas translates the Arabic reply into Spanish, and reads it with the original one click away.
    await es.goto(`/es${threadPath}`);
    await es
      .locator('main article.post')
      .nth(1)
      .getByRole('link', { name: message('es', 'communities.post.translate'), exact: true })
      .click();
    await es
      .getByLabel(message('es', 'communities.post.translationLanguage'), { exact: true })
      .selectOption('es');
    await es
      .getByLabel(message('es', 'communities.post.body'), { exact: true })
      .fill(
        'Financiamos el espacio con el presupuesto municipal y una alianza con una asociación local, y medimos el tiempo que ahorra a las mujeres.',
      );
    await es
      .getByRole('button', { name: message('es', 'communities.post.saveTranslation'), exact: true })
      .click();
    await es.waitForLoadState('load');
    const reply = es.locator('main article.post').nth(1);
    assert.match((await reply.textContent()) ?? '', /Financiamos el espacio/);
    assert.match((await reply.textContent()) ?? '', /Traducido del árabe por Lucas Herrera/);
    await reply.getByText(message('es', 'communities.post.showOriginal', { language: 'árabe' })).click();
    assert.ok(await reply.getByText(/نموّل المساحة من ميزانية البلدية/).isVisible());

    // Salma answers the discussion from her mail program; her words (not the quote) join the thread.
    const threadId = threadPath.split('/threads/')[1] ?? '';
    const smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: inboundPort,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const sent = await smtp.sendMail({
        from: `${salma.name} <${salma.email}>`,
        to: replyAddressOf(salma.email, threadId),
        subject: 'Re: ¿Quién cuida a las cuidadoras en el barrio?',
        text: [
          'وأضيف: نفتح المساحة مساء الخميس أيضًا، لأن كثيرات يعملن في النهار.',
          '',
          'في الخميس، 3 ديسمبر 2026، كتب Carehub <no-reply@carehub.localhost>:',
          '> En nuestro barrio abrimos un espacio de descanso para las mujeres que cuidan.',
        ].join('\n'),
      });
      assert.match(String(sent.response), /^250 /);
    } finally {
      smtp.close();
    }
    await es.goto(`/es${threadPath}`);
    const byMail = es.locator('main article.post').nth(2);
    assert.match((await byMail.textContent()) ?? '', /نفتح المساحة مساء الخميس أيضًا/);
    assert.doesNotMatch((await byMail.textContent()) ?? '', /En nuestro barrio abrimos/);
    assert.match((await byMail.textContent()) ?? '', new RegExp(salma.name));
    await assertNoAxeViolations(es, `/es${threadPath} (a reply by e-mail)`);

    // The next day, Lucas's digest arrives in Spanish with both of Salma's answers; one click stops it.
    const firstRun = await runDailyDigestsIn(1);
    assert.ok(firstRun.mailed >= 1, JSON.stringify(firstRun));
    const [digest] = await mailTo(lucas.email, 1);
    assert.ok(digest, 'the digest reached the SMTP peer');
    assert.match(digest.mail.subject ?? '', /resumen diario/);
    assert.match(digest.mail.text ?? '', /نموّل المساحة من ميزانية البلدية/);
    assert.match(digest.mail.text ?? '', /نفتح المساحة مساء الخميس أيضًا/);
    // Header lines as they arrived, unfolded (a long header is folded onto a second line).
    const headerLines = digest.mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    assert.ok(
      headerLines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'),
      headerLines.join('\n'),
    );
    const listHeader = headerLines.find((line) => /^List-Unsubscribe:\s/.test(line)) ?? '';
    const unsubscribeUrl = /<([^>]+)>/.exec(listHeader)?.[1] ?? '';
    assert.match(unsubscribeUrl, /\/es\/unsubscribe\//);
    const oneClick = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    // His mail settings now say "no mail", and the following days bring him no digest.
    await es.goto('/es/communities/mail');
    assert.ok(
      await es
        .getByLabel(message('es', 'communities.mailSettings.frequencyName.off'), { exact: true })
        .isChecked(),
    );
    assert.equal((await runDailyDigestsIn(2)).mailed, 0, 'no more digests after the one-click unsubscribe');
    // The server's dispatcher polls every 5 s: wait longer than that for a mail that must not come.
    assert.equal((await mailTo(lucas.email, 2, 7_000)).length, 1);

    // Salma reports Lucas's question; Reem, who facilitates the community, hides it with a reason.
    await ar.goto(`/ar${threadPath}`);
    const question = ar.locator('main article.post').first();
    await question.getByText(message('ar', 'communities.report.open'), { exact: true }).click();
    await question
      .getByLabel(message('ar', 'communities.report.reason'), { exact: true })
      .selectOption('off_topic');
    await question
      .getByRole('button', { name: message('ar', 'communities.report.submit'), exact: true })
      .click();
    await ar.waitForLoadState('load');

    // Reem joins; the secretariat makes her a facilitator from the community's page (the demo's
    // facilitator is a demo person who cannot sign in).
    const facilitator = await e2e.newPage({ locale: 'ar' });
    await signIn(facilitator, 'ar', reem);
    await facilitator.goto('/ar/communities/care-in-cities');
    await facilitator.getByRole('button', { name: message('ar', 'communities.join'), exact: true }).click();
    await facilitator.waitForLoadState('load');

    const coordinator = await e2e.newPage({ locale: 'es' });
    await signIn(coordinator, 'es', admin);
    // The secretariat sees the community's reading and joining settings on its page.
    await coordinator.goto('/es/communities/care-in-cities');
    assert.ok(
      await coordinator
        .getByRole('heading', { name: message('es', 'communities.settings.title') })
        .isVisible(),
    );
    await assertNoAxeViolations(coordinator, '/es/communities/care-in-cities (settings)');
    await coordinator
      .locator('main li', { hasText: reem.name })
      .getByRole('button', { name: message('es', 'communities.roles.appoint'), exact: true })
      .click();
    await coordinator.waitForLoadState('load');
    assert.match(
      (await coordinator.locator('main').textContent()) ?? '',
      new RegExp(message('es', 'communities.flash.facilitatorAppointed')),
    );

    await facilitator.goto('/ar/communities/care-in-cities');
    const told = (await facilitator.locator('main').textContent()) ?? '';
    assert.ok(
      told.includes(message('ar', 'communities.roles.stepDown')),
      'Reem can step down: she facilitates',
    );
    await assertNoAxeViolations(facilitator, '/ar/communities/care-in-cities (facilitator)');
    await facilitator.goto('/ar/communities/care-in-cities/moderation');
    assert.match(
      (await facilitator.locator('main').textContent()) ?? '',
      new RegExp(message('ar', 'communities.report.reasons.off_topic')),
    );
    await assertNoAxeViolations(facilitator, '/ar/communities/care-in-cities/moderation');
    await facilitator
      .getByLabel(message('ar', 'communities.moderation.reason'), { exact: true })
      .first()
      .fill('مكانه الأنسب مجتمع تمويل الرعاية طويلة الأمد');
    await facilitator
      .getByRole('button', { name: message('ar', 'communities.moderation.hidePost'), exact: true })
      .first()
      .click();
    await facilitator.waitForLoadState('load');

    await es.goto('/es/communities/care-in-cities');
    assert.match((await es.locator('main').textContent()) ?? '', /مكانه الأنسب مجتمع تمويل الرعاية/);
    await assertNoAxeViolations(es, '/es/communities/care-in-cities (notice)');

    // Reem gives the community its name and description in Arabic, through the edit form in Arabic.
    await facilitator.goto('/ar/communities/care-in-cities');
    await facilitator
      .getByRole('link', { name: message('ar', 'communities.edit.link'), exact: true })
      .click();
    await facilitator.waitForURL('**/ar/communities/care-in-cities/edit');
    await assertNoAxeViolations(facilitator, '/ar/communities/care-in-cities/edit');
    await facilitator
      .getByLabel(message('ar', 'communities.edit.addLanguage'), { exact: true })
      .selectOption('ar');
    await facilitator
      .getByRole('button', { name: message('ar', 'communities.edit.addLanguageSubmit'), exact: true })
      .click();
    await facilitator.waitForLoadState('load');
    const arabic = { language: languageName('ar', 'ar') };
    await facilitator
      .getByLabel(message('ar', 'communities.edit.name', arabic), { exact: true })
      .fill('الرعاية في المدن');
    await facilitator
      .getByLabel(message('ar', 'communities.edit.description', arabic), { exact: true })
      .fill(
        'لمن يخطّطون للرعاية قرب أماكن سكن الناس: خدمات في الحيّ، وشوارع ومواصلات تناسب يوم من يقدّمون الرعاية.',
      );
    await assertNoAxeViolations(facilitator, '/ar/communities/care-in-cities/edit (Arabic added)');
    await facilitator
      .getByRole('button', { name: message('ar', 'communities.edit.submit'), exact: true })
      .click();
    await facilitator.waitForURL('**/ar/communities/care-in-cities');
    assert.equal(await facilitator.locator('main h1').textContent(), 'الرعاية في المدن');
    assert.equal(await facilitator.locator('main h1').getAttribute('dir'), 'auto');
    await assertNoAxeViolations(facilitator, '/ar/communities/care-in-cities (edited)');
  });
});
