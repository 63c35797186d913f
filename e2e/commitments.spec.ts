import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { conceptLabel } from '../src/taxonomy/taxonomy.ts';
import { submitSignUp } from './support/accounts.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

const admin = {
  email: 'secretariat@example.org',
  password: 'care-alliance-secretariat-2026',
  name: 'Secretariat',
};
const maker = { email: 'lucia@example.org', password: 'cuidados para todas 2026', name: 'Lucía Ramírez' };
const title = 'Community childcare in every district of Oaxaca';
const roundTitle = 'Annual progress report 2026';

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/en/sign-in');
  await page.getByLabel(message('en', 'accounts.field.email'), { exact: true }).fill(account.email);
  await page.getByLabel(message('en', 'accounts.field.password'), { exact: true }).fill(account.password);
  await page.getByRole('button', { name: message('en', 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

async function check(page: Page, label: string) {
  await assertNoAxeViolations(page, label);
}

/** The number in the data table beside a chart, for one row ("Delayed" in the progress chart). */
async function chartCount(page: Page, chartId: string, rowLabel: string): Promise<number> {
  const row = page.locator(`#${chartId} table tbody tr`, { has: page.locator('th', { hasText: rowLabel }) });
  if ((await row.count()) === 0) return 0;
  return Number.parseInt(((await row.locator('td').first().textContent()) ?? '0').replace(/\D/g, ''), 10);
}

/** The newest mail to an address whose subject starts so, from the admin's outbox; returns its text. */
async function mailFromOutbox(
  page: Page,
  to: string,
  subjectStart: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await page.goto('/en/admin/outbox');
    const row = page.locator('main tbody tr', { hasText: to }).filter({ hasText: subjectStart });
    if ((await row.count()) > 0) {
      await row.first().getByRole('link').first().click();
      await page.waitForURL('**/en/admin/outbox/*');
      return (await page.locator('main .pre').first().textContent()) ?? '';
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`no mail to ${to} starting "${subjectStart}" within ${timeoutMs} ms`);
}

describe('commitments in a real browser', () => {
  const e2e = useE2E();

  it('declares with two deliverables, is published, is reminded, reports 40 % delayed, and every page shows it', async () => {
    await createAdmin(e2e.server, { ...admin, locale: 'en' });

    // A person of a member organisation: she signs up, the secretariat invites her to INMUJERES as editor.
    const lucia = await e2e.newPage();
    await lucia.goto('/en/sign-up');
    await submitSignUp(lucia, 'en', maker);
    await lucia.waitForURL('**/en/sign-in');
    await signIn(lucia, maker);

    const secretariat = await e2e.newPage();
    await signIn(secretariat, admin);

    // The commitment runs in the cycle that holds today. A hub that outlives the first cycle
    // (2021–2026) needs the next one, which its secretariat adds, as it would for real.
    const year = new Date().getUTCFullYear();
    const cycle = year <= 2026 ? { start: 2021, end: 2026 } : { start: year, end: year + 5 };
    if (cycle.start !== 2021) {
      await secretariat.goto('/en/commitments/cycles');
      await secretariat.locator('#cycle-startYear').fill(String(cycle.start));
      await secretariat.locator('#cycle-endYear').fill(String(cycle.end));
      await secretariat
        .getByRole('button', { name: message('en', 'commitments.cycles.addSubmit'), exact: true })
        .click();
      await secretariat.waitForLoadState('load');
    }
    await secretariat.goto('/en/members/inmujeres/people');
    await secretariat.locator('#invite-email').fill(maker.email);
    await secretariat.locator('#invite-role').selectOption('editor');
    await secretariat
      .getByRole('button', { name: message('en', 'organizations.people.invite'), exact: true })
      .click();
    await secretariat.waitForLoadState('load');
    const invitation = await mailFromOutbox(secretariat, maker.email, 'Invitation');
    const invitationLink = /https?:\/\/\S+\/en\/invitations\/\S+/.exec(invitation)?.[0] ?? '';
    assert.ok(invitationLink, 'the invitation carries a link');
    await lucia.goto(invitationLink);
    await lucia
      .getByRole('button', { name: message('en', 'organizations.invitation.accept'), exact: true })
      .click();
    await lucia.waitForLoadState('load');

    // The dashboard before: how many commitments are delayed.
    const visitor = await e2e.newPage();
    await visitor.goto('/en/commitments/dashboard');
    await check(visitor, 'dashboard');
    const delayedBefore = await chartCount(
      visitor,
      'chart-progress',
      message('en', 'commitments.progress.delayed'),
    );

    // She declares a commitment with two SMART deliverables.
    await lucia.goto('/en/commitments/new');
    await check(lucia, 'declare form');
    await lucia.locator('#commitment-title').fill(title);
    await lucia
      .locator('#commitment-description')
      .fill(
        'We will open community childcare in every district of Oaxaca so that mothers who care unpaid can study or work, and report yearly.',
      );
    await lucia.locator('#commitment-kind').selectOption('programme');
    await lucia.locator('#commitment-stage').selectOption('under_way');
    await lucia.locator('#commitment-level').selectOption('subnational');
    await lucia
      .locator('#commitment-countries')
      .getByRole('checkbox', { name: 'Mexico', exact: true })
      .check();
    await lucia.locator('#commitment-startDate').fill(`${cycle.start}-01-01`);
    await lucia.locator('#commitment-endDate').fill(`${cycle.end}-12-31`);
    await lucia.getByLabel(conceptLabel('five_r:redistribute', 'en'), { exact: true }).check();
    await lucia.getByLabel(conceptLabel('sdg_target:5_4', 'en'), { exact: true }).check();
    const rows = [
      ['Open childcare centres', 'Districts with a centre', '30 districts', `${cycle.end - 1}-12-31`],
      ['Train childcare workers', 'Workers trained and paid', '300 workers', `${cycle.end}-06-30`],
    ];
    for (const [index, [what, measure, target, due]] of rows.entries()) {
      await lucia.locator(`#commitment-d_title_${index}`).fill(what ?? '');
      await lucia.locator(`#commitment-d_measure_${index}`).fill(measure ?? '');
      await lucia.locator(`#commitment-d_target_${index}`).fill(target ?? '');
      await lucia.locator(`#commitment-d_due_${index}`).fill(due ?? '');
    }
    await lucia
      .getByRole('button', { name: message('en', 'commitments.form.saveDraft'), exact: true })
      .click();
    await lucia.waitForURL(/\/en\/commitments\/[^/]+$/);
    const commitmentPath = new URL(lucia.url()).pathname;
    await check(lucia, 'draft commitment');
    assert.ok(
      ((await lucia.locator('main').textContent()) ?? '').includes(
        message('en', 'commitments.page.complete'),
      ),
    );
    await lucia.getByRole('button', { name: message('en', 'commitments.page.submit'), exact: true }).click();
    await lucia.waitForLoadState('load');

    // The secretariat publishes it from the review queue.
    await secretariat.goto('/en/commitments/review');
    await check(secretariat, 'review queue');
    await secretariat.getByRole('link', { name: title }).click();
    await secretariat
      .getByRole('button', { name: message('en', 'commitments.page.publish'), exact: true })
      .click();
    await secretariat.waitForLoadState('load');

    await visitor.goto(commitmentPath);
    await check(visitor, 'published commitment');
    const lightBefore = (await visitor.locator('main .light').first().textContent())?.trim();
    assert.equal(lightBefore, message('en', 'commitments.light.new'));

    // A reporting round opens; the reminder reaches her.
    await secretariat.goto('/en/commitments/rounds');
    await check(secretariat, 'rounds');
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await secretariat.locator('#round-title').fill(roundTitle);
    await secretariat.locator('#round-deadline').fill(deadline);
    await secretariat
      .getByRole('button', { name: message('en', 'commitments.rounds.openSubmit'), exact: true })
      .click();
    await secretariat.waitForURL('**/en/commitments/rounds/*');
    const roundPath = new URL(secretariat.url()).pathname;
    await check(secretariat, 'round page');
    const reminder = await mailFromOutbox(secretariat, maker.email, 'Reporting round');
    assert.ok(reminder.includes(`${commitmentPath}/report`), 'the reminder links to the report form');

    // She reports 40 % and "delayed" on both deliverables.
    await lucia.goto(`${commitmentPath}/report`);
    await check(lucia, 'report form');
    const statuses = lucia.locator('select[name^="status_"]');
    const percents = lucia.locator('input[name^="percent_"]');
    assert.equal(await statuses.count(), 2);
    for (let i = 0; i < 2; i += 1) {
      await statuses.nth(i).selectOption('delayed');
      await percents.nth(i).fill('40');
    }
    await lucia.locator('#report-narrative').fill('Two districts are late: the buildings were not ready.');
    await lucia
      .getByRole('button', { name: message('en', 'commitments.reportForm.submit'), exact: true })
      .click();
    await lucia.waitForURL(`**${commitmentPath}`);

    // The light, the page, the dashboard, the round and the accountability report all show it.
    await visitor.goto(commitmentPath);
    await check(visitor, 'commitment after the report');
    assert.equal(
      (await visitor.locator('main .light').first().textContent())?.trim(),
      message('en', 'commitments.light.green'),
    );
    const progress = message('en', 'commitments.progress.withPercent', {
      status: message('en', 'commitments.progress.delayed'),
      percent: 40,
    });
    assert.ok(((await visitor.locator('main').textContent()) ?? '').includes(progress));
    await visitor.goto('/en/commitments/dashboard');
    await check(visitor, 'dashboard after the report');
    assert.equal(
      await chartCount(visitor, 'chart-progress', message('en', 'commitments.progress.delayed')),
      delayedBefore + 1,
    );
    await visitor.goto(roundPath);
    const reportedRow = visitor.locator('main tbody tr', { hasText: title });
    assert.equal(await reportedRow.locator('.badge').count(), 0, 'no "not yet" badge: she has reported');
    await visitor.goto(`/en/commitments/report/${cycle.start}-${cycle.end}`);
    await check(visitor, 'accountability report');
    const reportRow = visitor.locator('#all tbody tr', { hasText: title });
    assert.equal(await reportRow.count(), 1);
    assert.ok(((await reportRow.textContent()) ?? '').includes(progress));
    assert.equal((await visitor.locator('nav.toc a').count()) > 5, true, 'a table of contents');

    // The same pages in Arabic, right to left.
    await visitor.goto('/ar/commitments/dashboard');
    assert.equal(await visitor.evaluate(() => document.documentElement.dir), 'rtl');
    await check(visitor, 'dashboard (ar)');
    await visitor.goto(`/ar${commitmentPath.slice(3)}`);
    await check(visitor, 'commitment (ar)');
  });
});
