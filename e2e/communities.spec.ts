import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { readConfig } from '../src/config.ts';
import { replyAddressFor } from '../src/domains/communities/index.ts';
import type { TLocale } from '../src/i18n/locales.ts';
import { systemClock } from '../src/platform/clock.ts';
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
const admin = {
  email: 'coordinadora@alliance.example.org',
  password: 'secretaría de la alianza 2026',
  name: 'Inés Coordinadora',
};

/**
 * Issue 13 in a real browser, on the demo, in Spanish and Arabic: two members join "Care in cities",
 * one starts a discussion in Spanish, the other replies in Arabic and translates the question; the
 * first reads the reply in Spanish once translated, with the original one click away; a report is
 * handled by the secretariat, and its author reads the reason. Salma also answers by e-mail, through
 * the server's own SMTP listener, and her answer shows in the thread. Every page is axe clean.
 * (Digests are not in this story yet: see the communities status.)
 */
const inboundPort = await freePort();
const replyDomain = 'reply.carehub.test';

describe('communities in a real browser (Spanish and Arabic)', () => {
  const e2e = useE2E({ env: { SMTP_INBOUND_PORT: String(inboundPort), SMTP_REPLY_DOMAIN: replyDomain } });

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
      [admin, 'es'],
    ] as const)
      await createAdmin(e2e.server, { ...account, locale });
    const db = new SqliteDatabase(join(e2e.server.dataDir, 'carehub.sqlite'));
    try {
      for (const account of [lucas, salma])
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

    // Salma reports Lucas's question; the secretariat hides it with a reason; Lucas reads the reason.
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
    await coordinator.goto('/es/communities/care-in-cities/moderation');
    assert.match((await coordinator.locator('main').textContent()) ?? '', /Fuera de tema/);
    await assertNoAxeViolations(coordinator, '/es/communities/care-in-cities/moderation');
    await coordinator
      .getByLabel(message('es', 'communities.moderation.reason'), { exact: true })
      .first()
      .fill('Mejor en la comunidad de financiación');
    await coordinator
      .getByRole('button', { name: message('es', 'communities.moderation.hidePost'), exact: true })
      .first()
      .click();
    await coordinator.waitForLoadState('load');

    await es.goto('/es/communities/care-in-cities');
    assert.match((await es.locator('main').textContent()) ?? '', /Mejor en la comunidad de financiación/);
    await assertNoAxeViolations(es, '/es/communities/care-in-cities (notice)');
  });
});
