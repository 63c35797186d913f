import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { TLocale } from '../src/i18n/locales.ts';
import { pixelOnPickerMap } from '../src/platform/picker-map.ts';
import { createAdmin } from './support/admin.ts';
import { assertNoAxeViolations } from './support/axe.ts';
import { message, useE2E } from './support/harness.ts';

/**
 * Issue 16, "no form asks for machine syntax": the hub's forms filled in through their pickers with
 * JavaScript off (rows added by the server, places found by the server), then the same pickers with
 * JavaScript on; axe-clean in English and Arabic at 1280 and 375 px.
 */
const admin = {
  email: 'pickers-curator@example.org',
  password: 'pickers-without-script-2026',
  name: 'Curator',
};

async function signIn(page: Page, locale: TLocale) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(message(locale, 'accounts.field.email'), { exact: true }).fill(admin.email);
  await page.getByLabel(message(locale, 'accounts.field.password'), { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: message(locale, 'accounts.signIn.submit'), exact: true }).click();
  await page.waitForLoadState('load');
}

/** No field asks for a syntax: no lat/long inputs, no ";"-rows textarea, no free-text zone box. */
async function assertNoMachineSyntax(scope: Locator, label: string) {
  const found = await scope.evaluate((root) => {
    const problems: string[] = [];
    for (const control of root.querySelectorAll('input, textarea')) {
      const name = control.getAttribute('name') ?? '';
      if (/^(lat|lng|lon|latitude|longitude)$/i.test(name)) problems.push(`coordinates: ${name}`);
      if (
        /time_?zone/i.test(name) &&
        control.tagName === 'INPUT' &&
        control.getAttribute('type') !== 'hidden'
      )
        problems.push(`typed zone: ${name}`);
    }
    for (const hint of root.querySelectorAll('.hint')) {
      const text = hint.textContent ?? '';
      if (/[;؛]\s*\S+\s*[;؛]/.test(text)) problems.push(`delimiter syntax in a hint: ${text}`);
    }
    return problems;
  });
  assert.deepEqual(found, [], label);
}

describe('forms through their pickers', { timeout: 300_000 }, () => {
  const e2e = useE2E();
  let isAdminCreated = false;
  const ensureAdmin = async () => {
    if (!isAdminCreated) await createAdmin(e2e.server, admin);
    isAdminCreated = true;
  };

  for (const locale of ['en', 'ar'] as const) {
    it(`the practice form is axe-clean and asks for no syntax (${locale}, 1280 and 375 px)`, async () => {
      await ensureAdmin();
      for (const width of [1280, 375]) {
        const page = await e2e.newPage({ locale, viewport: { width, height: 900 } });
        await signIn(page, locale);
        const response = await page.goto(`/${locale}/practices/new`);
        assert.equal(response?.status(), 200);
        for (const part of ['main form'])
          await assertNoMachineSyntax(page.locator(part), `/${locale}/practices/new ${part}`);
        await page.getByRole('button', { name: message(locale, 'practices.form.addImplementer') }).click();
        const implementerRows = page.locator('#practice-implementers fieldset.repeat-row');
        assert.equal(await implementerRows.count(), 2, 'a row added in place');
        assert.equal(
          (await implementerRows.locator('legend').nth(1).textContent())?.trim(),
          message(locale, 'practices.form.implementerRow', { n: new Intl.NumberFormat(locale).format(2) }),
        );
        // The country list's filter box finds a country by its name in the reader's language or in English.
        const countries = page.locator('#practice-countries');
        await countries.getByLabel(message(locale, 'common.pickers.filter'), { exact: true }).fill('colom');
        const visible = countries.locator('li:visible');
        assert.equal(await visible.count(), 1, 'only Colombia is left');
        await visible.getByRole('checkbox').check();
        await countries.getByLabel(message(locale, 'common.pickers.filter'), { exact: true }).fill('');
        assert.ok((await countries.locator('li:visible').count()) > 200, 'every country is back');
        await assertNoAxeViolations(page, `/${locale}/practices/new at ${width} px`);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth + 1,
        );
        assert.equal(sideways, false, `the form scrolls sideways at ${width} px`);
      }
    });
  }

  it('finds an event’s city without JavaScript and has no coordinate or zone text box (ar)', async () => {
    await ensureAdmin();
    const page = await e2e.newPage({ locale: 'ar', javaScriptEnabled: false });
    await signIn(page, 'ar');
    await page.goto('/ar/events/new');
    await assertNoMachineSyntax(page.locator('main form'), '/ar/events/new');
    await page.getByLabel(message('ar', 'common.pickers.placeQuery'), { exact: true }).fill('مسقط');
    await page.getByRole('button', { name: message('ar', 'common.pickers.findPlace'), exact: true }).click();
    await page.waitForLoadState('load');
    const muscat = page.getByRole('radio', { name: 'مسقط (عُمان)', exact: true });
    assert.equal(await muscat.count(), 1, 'Muscat offered as a radio button');
    await muscat.check();
    assert.ok(await muscat.isChecked());
  });

  it('with a script, picking an event’s city sets its zone until the person picks one', async () => {
    await ensureAdmin();
    const page = await e2e.newPage({ locale: 'en' });
    await signIn(page, 'en');
    await page.goto('/en/events/new');
    const zone = page.locator('main form select[name="timeZone"]');
    assert.notEqual(await zone.inputValue(), 'Asia/Muscat');
    const query = page.getByLabel(message('en', 'common.pickers.placeQuery'), { exact: true });
    await query.fill('Muscat');
    const muscat = page.locator('main form input[name="place"][value*="58.41"]');
    await muscat.waitFor();
    await muscat.check();
    assert.equal(await zone.inputValue(), 'Asia/Muscat', 'the zone of the city picked');
    // A zone the person chose is theirs: picking another city leaves it.
    await zone.selectOption('Europe/Warsaw');
    await query.fill('Bogot');
    const bogota = page.locator('main form input[name="place"][value*="-74.07"]');
    await bogota.waitFor();
    await bogota.check();
    assert.equal(await zone.inputValue(), 'Europe/Warsaw');
  });

  it('with a script, a city in a country of several zones brings its own zone; the zone list filters as one types', async () => {
    await ensureAdmin();
    const page = await e2e.newPage({ locale: 'ru' });
    await signIn(page, 'ru');
    await page.goto('/ru/events/new');
    const zone = page.locator('main form select[name="timeZone"]');
    await page.getByLabel(message('ru', 'common.pickers.placeQuery'), { exact: true }).fill('Владивосток');
    const vladivostok = page.locator('main form input[name="place"][value*="131.89"]');
    await vladivostok.waitFor();
    await vladivostok.check();
    assert.equal(await zone.inputValue(), 'Asia/Vladivostok', 'not Moscow’s zone');
    // The filter box: a country in the reader's language, then an offset, narrow the list.
    const filter = page.getByLabel(message('ru', 'common.pickers.zoneFilter'), { exact: true });
    await filter.fill('Новосибирск');
    assert.equal(await zone.inputValue(), 'Asia/Novosibirsk', 'the only match is chosen');
    await filter.fill('Соединенные Штаты');
    const american = await zone
      .locator('option')
      .evaluateAll((options) =>
        (options as HTMLOptionElement[]).filter((o) => !o.hidden).map((o) => o.value),
      );
    assert.ok(american.includes('America/Los_Angeles') && american.includes('America/New_York'), 'US zones');
    assert.ok(!american.includes('Europe/Moscow'), 'nothing else');
    await filter.fill('+5:30');
    assert.equal(await zone.inputValue(), 'Asia/Calcutta');
    await assertNoAxeViolations(page, '/ru/events/new with the zone filter');
  });

  for (const [locale, javaScriptEnabled, width] of [
    ['en', false, 1280],
    ['ar', false, 375],
    ['ar', true, 375],
    ['en', true, 1280],
  ] as const) {
    it(`an event's city by two clicks on a map (${locale}, ${javaScriptEnabled ? 'with' : 'without'} a script, ${width} px)`, async () => {
      await ensureAdmin();
      const page = await e2e.newPage({ locale, javaScriptEnabled, viewport: { width, height: 900 } });
      await signIn(page, locale);
      await page.goto(`/${locale}/events/new`);
      await page.getByText(message(locale, 'common.pickers.mapOr'), { exact: true }).click();
      const map = page.locator('main form input[type="image"][name="placeMap"]');
      const at = (view: string, latitude: number, longitude: number) => {
        const pixel = pixelOnPickerMap(view, latitude, longitude);
        assert.ok(pixel);
        return { position: pixel };
      };
      await map.click(at('world', 52, 19));
      await page.waitForFunction(() =>
        document.querySelector('input[name="placeMap"]')?.getAttribute('src')?.endsWith('/PL.svg'),
      );
      await page.locator('main form input[type="image"][name="placeMap"]').click(at('PL', 50.07, 19.93));
      const krakow = page.locator('main form input[name="place"][value*="19.94"]');
      await krakow.waitFor();
      assert.ok(await krakow.isChecked(), 'Kraków chosen');
      assert.equal(await page.locator('main form select[name="timeZone"]').inputValue(), 'Europe/Warsaw');
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1,
      );
      assert.equal(sideways, false, `the form scrolls sideways at ${width} px`);
      // axe runs as a script in the page, so only where scripts run.
      if (javaScriptEnabled)
        await assertNoAxeViolations(page, `/${locale}/events/new after a map click at ${width} px`);
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`a joining organisation's city by two clicks on a map (ar, 375 px, ${javaScriptEnabled ? 'with' : 'without'} a script)`, async () => {
      const page = await e2e.newPage({
        locale: 'ar',
        javaScriptEnabled,
        viewport: { width: 375, height: 900 },
      });
      await page.goto('/ar/join/apply');
      await page.getByText(message('ar', 'common.pickers.mapOr'), { exact: true }).click();
      const map = () => page.locator('main form input[type="image"][name="cityMap"]');
      await map().click({ position: pixelOnPickerMap('world', 52, 19) ?? { x: 0, y: 0 } });
      await page.waitForFunction(() =>
        document.querySelector('input[name="cityMap"]')?.getAttribute('src')?.endsWith('/PL.svg'),
      );
      await map().click({ position: pixelOnPickerMap('PL', 50.07, 19.93) ?? { x: 0, y: 0 } });
      await page.waitForFunction(
        () => (document.querySelector('input[name="city"]') as HTMLInputElement)?.value !== '',
      );
      assert.equal(await page.locator('main form input[name="city"]').inputValue(), 'كراكوف');
      assert.ok(
        await page.locator('main form input[name="countries"][value="PL"]').isChecked(),
        'Poland ticked',
      );
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1,
      );
      assert.equal(sideways, false, 'no sideways scroll at 375 px');
      if (javaScriptEnabled) await assertNoAxeViolations(page, '/ar/join/apply after a map click at 375 px');
    });
  }

  it('writes a practice without JavaScript: implementer rows added by the server', async () => {
    await ensureAdmin();
    const page = await e2e.newPage({ locale: 'en', javaScriptEnabled: false });
    await signIn(page, 'en');
    await page.goto('/en/practices/new');
    const t = (key: string) => message('en', `practices.form.${key}`);
    await page.getByLabel(t('kind'), { exact: true }).selectOption('programme');
    await page.getByLabel(t('title'), { exact: true }).fill('Neighbourhood care circles');
    await page
      .getByLabel(t('summary'), { exact: true })
      .fill('Neighbours take turns to look in on older people.');
    await page.getByLabel(t('body'), { exact: true }).fill('Each circle has five to eight households.');
    await page.getByRole('checkbox', { name: 'Colombia', exact: true }).check();
    assert.equal(
      await page.locator('#practice-countries-filter').isVisible(),
      false,
      'no filter box without a script',
    );
    const rows = page.locator('#practice-implementers fieldset.repeat-row');
    await rows.nth(0).getByLabel(t('implementerName'), { exact: true }).fill('Red de Cuidado Barrial');
    await page.getByRole('button', { name: t('addImplementer') }).click();
    await page.waitForLoadState('load');
    assert.equal(await rows.count(), 2, 'the server answered with a second row');
    assert.equal(
      await page.getByLabel(t('title'), { exact: true }).inputValue(),
      'Neighbourhood care circles',
    );
    await rows.nth(1).getByLabel(t('implementerName'), { exact: true }).fill('City of Bogotá');
    await rows.nth(1).getByLabel(t('implementerRole'), { exact: true }).selectOption('funder');
    // The city, typed in Spanish, found by the server and ticked: no coordinates typed.
    await page.getByLabel(message('en', 'common.pickers.placeQuery'), { exact: true }).fill('Bogota');
    await page.getByRole('button', { name: message('en', 'common.pickers.findPlace'), exact: true }).click();
    await page.waitForLoadState('load');
    assert.equal(await rows.count(), 2, 'the rows are kept');
    await page.getByRole('checkbox', { name: 'Bogotá (Colombia)', exact: true }).check();
    await page.getByRole('button', { name: t('create'), exact: true }).click();
    await page.waitForURL('**/en/practices/neighbourhood-care-circles');
    const text = (await page.locator('main').textContent()) ?? '';
    assert.match(text, /Red de Cuidado Barrial/);
    assert.match(text, /City of Bogotá/);
    assert.match(text, /Bogotá \(Colombia\)/);
  });
});
