import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

const anna = {
  email: 'anna@time-use-lab.example.org',
  password: 'budżet czasu 2026 kraków',
  name: 'Anna Nowak',
};
const salim = {
  email: 'salim@planning.example.om',
  password: 'مسح استخدام الوقت 2026',
  name: 'سالم الحارثي',
};

/**
 * Issue 14 in a real browser, on the demo: a Kraków research team offers time-use survey expertise, a
 * planning directorate in Oman needs it (written in Arabic); each sees the other first with its
 * explanation in its own language (Polish, Arabic); the introduction is requested, accepted, a message
 * exchanged, and the joint project shows in the sector-pair chart. Every page is axe clean.
 */
describe('connections in a real browser (Polish and Arabic)', () => {
  const e2e = useE2E();

  /** Two ordinary people, each an owner of a demo organisation (written straight into the database). */
  async function prepare() {
    await createAdmin(e2e.server, { ...anna, locale: 'pl' });
    await createAdmin(e2e.server, { ...salim, locale: 'ar' });
    const db = new SqliteDatabase(join(e2e.server.dataDir, 'carehub.sqlite'));
    try {
      const idOf = (sql: string, value: string) => (db.prepare(sql).get(value) as { id: string }).id;
      const org = (slug: string) => idOf('select id from organizations where slug = ?', slug);
      const user = (email: string) => idOf('select id from users where email = ?', email);
      const at = new Date().toISOString();
      for (const [email, slug] of [
        [anna.email, 'time-use-lab-krakow'],
        [salim.email, 'oman-social-planning-directorate'],
      ] as const) {
        db.prepare('delete from user_roles where user_id = ?').run(user(email));
        db.prepare(
          'insert into organization_members (organization_id, user_id, role, added_by, added_at) values (?, ?, ?, null, ?)',
        ).run(org(slug), user(email), 'owner', at);
      }
      return {
        offerId: idOf(
          'select id from connection_listings where title = ?',
          'Pomożemy zaprojektować badanie budżetu czasu',
        ),
        needId: idOf(
          'select id from connection_listings where title = ?',
          'نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت',
        ),
      };
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

  it('matches, introduces, converses and counts the joint project, in Polish and Arabic', async () => {
    const { offerId, needId } = await prepare();
    const pl = await e2e.newPage({ locale: 'pl' });
    const ar = await e2e.newPage({ locale: 'ar' });
    await signIn(pl, 'pl', anna);
    await signIn(ar, 'ar', salim);

    // Each sees the other first, explained in their own language.
    await pl.goto(`/pl/connections/offers/${offerId}`);
    const firstForPl = pl.locator('main ol.matches > li').first();
    assert.match((await firstForPl.textContent()) ?? '', /نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت/);
    assert.match(
      (await firstForPl.locator('.match-why').textContent()) ?? '',
      /Obie dotyczą: .*wspólny język: angielski/,
    );
    await assertNoAxeViolations(pl, `/pl/connections/offers/${offerId}`);

    await ar.goto(`/ar/connections/needs/${needId}`);
    assert.equal(await ar.evaluate(() => document.documentElement.dir), 'rtl');
    const firstForAr = ar.locator('main ol.matches > li').first();
    assert.match((await firstForAr.textContent()) ?? '', /Pomożemy zaprojektować badanie budżetu czasu/);
    assert.match((await firstForAr.locator('.match-why').textContent()) ?? '', /كلاهما عن/);
    await assertNoAxeViolations(ar, `/ar/connections/needs/${needId}`);

    // The directorate asks to be introduced to the lab (from the lab's offer page).
    await ar.goto(`/ar/connections/offers/${offerId}`);
    await ar.getByRole('link', { name: message('ar', 'connections.introduction.ask'), exact: true }).click();
    await assertNoAxeViolations(ar, 'the introduction form (ar)');
    await ar
      .getByLabel(message('ar', 'connections.introduction.message'), { exact: true })
      .fill('نود أن نتعلم من تجربتكم في تصميم يوميات النشاط.');
    await ar
      .getByRole('button', { name: message('ar', 'connections.introduction.send'), exact: true })
      .click();
    await ar.waitForURL('**/ar/workspace/connections/introductions/*');
    const threadPath = new URL(ar.url()).pathname.replace(/^\/ar/, '');
    assert.ok(!(await ar.content()).includes(anna.email), 'no address before acceptance');

    // The lab accepts and writes.
    await pl.goto(`/pl/workspace/connections`);
    await assertNoAxeViolations(pl, '/pl/workspace/connections');
    await pl.goto(`/pl${threadPath}`);
    await pl.getByRole('button', { name: message('pl', 'connections.thread.accept'), exact: true }).click();
    await pl.waitForLoadState('load');
    assert.ok((await pl.content()).includes(salim.email), 'contact persons after acceptance');
    await pl
      .getByLabel(message('pl', 'connections.thread.reply'), { exact: true })
      .fill('Chętnie pomożemy. Wyślemy wzór dzienniczka aktywności.');
    await pl.getByRole('button', { name: message('pl', 'connections.thread.send'), exact: true }).click();
    await pl.waitForLoadState('load');
    await assertNoAxeViolations(pl, `/pl${threadPath}`);

    // The directorate reads it and records a joint project.
    await ar.goto(`/ar${threadPath}`);
    assert.match((await ar.locator('main ol.conversation').textContent()) ?? '', /Chętnie pomożemy/);
    assert.ok((await ar.content()).includes(anna.email));
    await ar.getByLabel(message('ar', 'connections.outcome.kind.joint_project'), { exact: true }).check();
    await ar.getByRole('button', { name: message('ar', 'connections.outcome.record'), exact: true }).click();
    await ar.waitForLoadState('load');
    await assertNoAxeViolations(ar, `/ar${threadPath}`);

    await ar.goto('/ar/connections/outcomes');
    const table = (await ar.locator('main table').last().textContent()) ?? '';
    assert.match(table, /مشروع مشترك/);
    assert.match(table, /الحكومة – البحث العلمي/);
    await assertNoAxeViolations(ar, '/ar/connections/outcomes');
    await pl.goto('/pl/connections');
    await assertNoAxeViolations(pl, '/pl/connections');
  });

  it('learns from a practice: the directorate asks Bogotá’s city government, in Arabic', async () => {
    const ar = await e2e.newPage({ locale: 'ar' });
    await signIn(ar, 'ar', salim);
    await ar.goto('/ar/practices/manzanas-del-cuidado-bogota');
    await assertNoAxeViolations(ar, '/ar/practices/manzanas-del-cuidado-bogota (learn from it)');
    await ar.getByRole('link', { name: message('ar', 'practices.learnFrom.title'), exact: true }).click();
    await ar.waitForURL('**/ar/connections/practices/manzanas-del-cuidado-bogota/introduction');
    await assertNoAxeViolations(ar, 'the introduction form about a practice (ar)');
    await ar
      .getByLabel(message('ar', 'connections.introduction.message'), { exact: true })
      .fill('نود أن نعرف كيف جمعتم خدمات الرعاية في حيّ واحد.');
    await ar
      .getByRole('button', { name: message('ar', 'connections.introduction.send'), exact: true })
      .click();
    await ar.waitForURL('**/ar/workspace/connections/introductions/*');
    assert.match((await ar.locator('main').textContent()) ?? '', /Manzanas del Cuidado de Bogotá/);
    assert.match(
      (await ar.locator('main').textContent()) ?? '',
      new RegExp(message('ar', 'connections.kind.practice')),
    );
    await assertNoAxeViolations(ar, 'an introduction about a practice (ar)');

    // And from a commitment's page, to the organisation that leads it.
    await ar.goto('/ar/commitments/manzanas-del-cuidado-20-localidades');
    await assertNoAxeViolations(
      ar,
      '/ar/commitments/manzanas-del-cuidado-20-localidades (ask for an introduction)',
    );
    await ar
      .getByRole('link', { name: message('ar', 'commitments.introduction.title'), exact: true })
      .click();
    await ar.waitForURL('**/ar/connections/commitments/manzanas-del-cuidado-20-localidades/introduction');
    await assertNoAxeViolations(ar, 'the introduction form about a commitment (ar)');
  });

  it('leaves the alliance: the directorate is asked to confirm in Arabic, then leaves, and the lab sees it gone', async () => {
    const ar = await e2e.newPage({ locale: 'ar' });
    await signIn(ar, 'ar', salim);
    await ar.goto('/ar/members/oman-social-planning-directorate/leave');
    await assertNoAxeViolations(ar, '/ar/members/…/leave');
    // Without the tick: the one error, named, and nothing happens.
    await ar.getByRole('button', { name: message('ar', 'membership.leave.submit'), exact: true }).click();
    await ar.waitForLoadState('load');
    assert.match(
      (await ar.locator('main').textContent()) ?? '',
      new RegExp(message('ar', 'membership.leave.confirmRequired')),
    );
    await assertNoAxeViolations(ar, '/ar/members/…/leave (not confirmed)');
    await ar.getByRole('checkbox').check();
    await ar.getByRole('button', { name: message('ar', 'membership.leave.submit'), exact: true }).click();
    await ar.waitForURL('**/ar/members');
    assert.match(
      (await ar.locator('body').textContent()) ?? '',
      new RegExp(message('ar', 'membership.flash.left').slice(0, 20)),
    );
    await assertNoAxeViolations(ar, '/ar/members (after leaving)');

    const pl = await e2e.newPage({ locale: 'pl' });
    await pl.goto('/pl/connections');
    assert.doesNotMatch(
      (await pl.locator('main').textContent()) ?? '',
      /نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت/,
      "the directorate's need is closed",
    );
  });
});
