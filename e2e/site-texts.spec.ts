import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * The secretariat words the home page's lead and a theme's name in its own words (ADR 0099), in English
 * and in Arabic: the list and the form have no axe violation in either direction, the home page shows
 * the new wording at once, and a language without its own wording shows the English one, marked.
 */
const admin = {
  email: 'texts-admin@example.org',
  password: 'a long enough password 42',
  name: 'Secretariat',
};

async function signIn(page: Page, locale: TLocale) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(admin.email);
  await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

describe('page texts worded by the secretariat, in a real browser', () => {
  const e2e = useE2E();

  it('words the home lead in English and Arabic; pages show it, other languages mark the fallback', async () => {
    await createAdmin(e2e.server, admin);
    const wordings: Record<'en' | 'ar', string> = {
      en: 'Members share what works in care, in six languages.',
      ar: 'يتبادل الأعضاء ما ينجح في الرعاية، بست لغات.',
    };
    for (const locale of ['en', 'ar'] as const) {
      const page = await e2e.newPage({ locale });
      await signIn(page, locale);
      await page.goto(`/${locale}/admin/texts`);
      await assertNoAxeViolations(page, `/${locale}/admin/texts`);
      await page.locator(`a[href="/${locale}/admin/texts/${locale}/page%3Ahome.lead"]`).click();
      await page.waitForURL(`**/${locale}/admin/texts/${locale}/**`);
      await assertNoAxeViolations(page, `/${locale}/admin/texts/${locale}/page:home.lead`);
      const label = message(locale, 'admin.texts.wordingLabel', {
        language: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
      });
      await page.getByLabel(label).fill(wordings[locale]);
      await page.getByRole('button', { name: message(locale, 'admin.texts.save'), exact: true }).click();
      await page.waitForURL(`**/${locale}/admin/texts`);
      await assertNoAxeViolations(page, `/${locale}/admin/texts after saving`);

      const visitor = await e2e.newPage({ locale });
      await visitor.goto(`/${locale}/`);
      assert.equal((await visitor.locator('main p.lead').textContent())?.trim(), wordings[locale]);
      await assertNoAxeViolations(visitor, `/${locale}/ with the secretariat's lead`);
    }
    // French has no own wording: the English one, marked, in English and left to right.
    const reader = await e2e.newPage({ locale: 'fr' });
    await reader.goto('/fr/');
    const lead = reader.locator('main p.lead span[lang="en"]');
    assert.equal(await lead.getAttribute('dir'), 'ltr');
    assert.equal((await lead.textContent())?.trim(), wordings.en);
    assert.equal(
      (await reader.locator('main p.lead .fallback-note').textContent())?.trim(),
      message('fr', 'common.inLanguage', { language: 'anglais' }),
    );
    await assertNoAxeViolations(reader, '/fr/ with the English lead');
  });
});
