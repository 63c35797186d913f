import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { seedText } from '../test/support/seeds.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * Issue 18 in a real browser: in the Spanish interface a curator pastes the Polish founding text,
 * checks its fields and creates a draft practice; in Arabic, a PDF printed from the Arabic founding
 * text becomes an event outcome with its five axes; each record keeps its source document (ADR 0082).
 * axe finds nothing on the pages in es and ar.
 */
const curator = {
  email: 'curator.imports@example.org',
  password: 'paper-into-records-2026',
  name: 'Curator',
};

async function signIn(page: Page, locale: TLocale) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(curator.email);
  await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(curator.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

describe('imports from documents in a real browser', () => {
  const e2e = useE2E();

  it('pastes the Polish founding text in Spanish, confirms its fields and creates a draft practice', async () => {
    await createAdmin(e2e.server, curator);
    const page = await e2e.newPage({ locale: 'es' });
    await signIn(page, 'es');
    await page.goto('/es/imports');
    await assertNoAxeViolations(page, 'imports (es)');
    await page.getByLabel(message('es', 'imports.paste.text'), { exact: true }).fill(seedText('002'));
    await page.getByRole('button', { name: message('es', 'imports.paste.submit'), exact: true }).click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/es\/imports\/[0-9a-f-]+$/);
    await assertNoAxeViolations(page, 'import review (es)');
    const lead = page.locator('#group-lead').locator('xpath=..');
    assert.match((await lead.textContent()) ?? '', /Stowarzyszenie Doradców Europejskich PLinEU/);
    assert.equal(await page.locator('#group-partner').locator('xpath=..').locator('li').count(), 8);
    assert.equal((await page.locator('mark', { hasText: 'Krakowa' }).count()) > 0, true);
    assert.equal(await page.locator('#review-kind').inputValue(), 'partnership');
    // The demo already holds the Kraków partnership: offered as an update, the curator makes a new draft.
    const matches = page.getByRole('group', { name: message('es', 'imports.match.title') });
    assert.ok((await matches.getByRole('link').count()) >= 1);
    await page.getByLabel(message('es', 'imports.match.createNew'), { exact: true }).check();
    await page
      .getByRole('button', { name: message('es', 'imports.review.createDraft'), exact: true })
      .click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/es\/practices\//);
    assert.match((await page.locator('h1').textContent()) ?? '', /Równowaga/);
    // The pasted text stays attached to the draft, private until the curator shows it to everyone.
    const sources = page.getByRole('region', { name: message('es', 'imports.sources.title') });
    assert.match((await sources.textContent()) ?? '', new RegExp(message('es', 'imports.sources.private')));
    await sources
      .getByRole('button', { name: message('es', 'imports.sources.makePublic'), exact: true })
      .click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/es\/practices\//);
    assert.match(
      (await page.getByRole('region', { name: message('es', 'imports.sources.title') }).textContent()) ?? '',
      new RegExp(message('es', 'imports.sources.public')),
    );
    await assertNoAxeViolations(page, 'practice with its source document (es)');
  });

  it('uploads a PDF printed from the Arabic founding text and gets an outcome with five axes', async () => {
    const printer = await e2e.newPage({ locale: 'ar' });
    const html = seedText('003')
      .split('\n')
      .map(
        (line) =>
          `<p>${line.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)}</p>`,
      )
      .join('');
    await printer.setContent(`<!doctype html><html lang="ar" dir="rtl"><body>${html}</body></html>`);
    const file = join(mkdtempSync(join(tmpdir(), 'carehub-import-')), 'muscat-conference.pdf');
    writeFileSync(file, await printer.pdf({ format: 'A4' }));

    const page = await e2e.newPage({ locale: 'ar' });
    await signIn(page, 'ar');
    await page.goto('/ar/imports');
    await assertNoAxeViolations(page, 'imports (ar)');
    await page.getByLabel(message('ar', 'imports.upload.file'), { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: message('ar', 'imports.upload.submit'), exact: true }).click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/ar\/imports\/[0-9a-f-]+$/, (await page.locator('main').textContent()) ?? '');
    await assertNoAxeViolations(page, 'import review (ar)');
    assert.equal(await page.locator('#review-kind').inputValue(), 'outcome');
    assert.equal(await page.locator('#group-axis').locator('xpath=..').locator('li').count(), 5);
    assert.ok((await page.locator('#group-recommendation').locator('xpath=..').locator('li').count()) >= 5);
    // The demo holds the Muscat conference: the review names the records it matches, the curator chooses.
    const matches = page.getByRole('group', { name: message('ar', 'imports.match.title') });
    assert.ok((await matches.getByRole('link').count()) >= 1);
    await page.getByLabel(message('ar', 'imports.match.createNew'), { exact: true }).check();
    await page
      .getByRole('button', { name: message('ar', 'imports.review.createDraft'), exact: true })
      .click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/ar\/events\//);
    const sources = page.getByRole('region', { name: message('ar', 'imports.sources.title') });
    assert.match((await sources.textContent()) ?? '', /muscat-conference\.pdf/);
    await assertNoAxeViolations(page, 'event outcome with its source document (ar)');
  });
});
