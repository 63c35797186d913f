import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { publishedCommitment } from '../../../test/support/commitments.ts';
import { completePracticeInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import {
  importIndicatorFiles,
  readIndicatorPath,
  shippedIndicatorFiles,
} from './indicator-import.service.ts';

/** The observatory's pages as a reader sees them, in several languages, and the secretariat's upload. */
describe(`observatory pages (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-02T09:00:00Z') } });
    await importIndicatorFiles(t.deps, shippedIndicatorFiles().map(readIndicatorPath), {
      isSkippingInvalid: false,
      actorId: null,
    });
  });
  after(async () => {
    await t.close();
  });

  async function page(path: string): Promise<string> {
    const response = await t.app.request(path);
    assert.equal(response.status, 200, path);
    return response.text();
  }

  it('writes the summary sentence from the data, survey named, in the reader’s language', async () => {
    const en = visibleText(await page('/en/countries/MX'));
    assert.match(
      en,
      /In Mexico in 2014, women aged 15 and over spent 7\.1 hours a day on unpaid domestic and care work, men 2\.3\./,
    );
    assert.match(en, /INEGI based on National time use survey 2014/);
    assert.match(en, /Source: United Nations Statistics Division/);
    const es = visibleText(await page('/es/countries/MX'));
    assert.match(es, /En México, en 2014, las mujeres de 15 años o más dedicaban 7,1 horas al día/);
    const pl = visibleText(await page('/pl/countries/PL'));
    assert.match(pl, /Polska, 2013 r\.: kobiety w wieku 15 lat i więcej poświęcały 4,4 godz\. dziennie/);
    const ar = await page('/ar/countries/MX');
    assert.match(ar, /<html lang="ar" dir="rtl">/);
    assert.match(visibleText(ar), /في المكسيك عام ٢٠١٤|في المكسيك عام 2014/);
  });

  it('shows women and men side by side, the gap, the trend and the ratified conventions', async () => {
    const text = visibleText(await page('/en/countries/CO'));
    assert.match(text, /Gap \(women − men\)/);
    assert.match(
      text,
      /ILO Convention 156 \(workers with family responsibilities\) ratified\s?: (not ratified|Ratified)/,
    );
    const oman = visibleText(await page('/en/countries/OM'));
    assert.match(oman, /Oman/);
    assert.match(await page('/en/countries/MX'), /<svg class="chart-svg line-chart" role="img"/);
  });

  it('says what is missing for a country without any data instead of drawing empty charts', async () => {
    const html = await page('/en/countries/VA');
    const text = visibleText(html);
    assert.match(text, /The hub holds no care indicator for Vatican City yet/);
    assert.match(text, /Unpaid domestic and care work, hours a day/);
    assert.doesNotMatch(html, /<svg class="chart-svg/);
    assert.equal((await t.app.request('/en/countries/ZZ')).status, 404);
    assert.equal((await t.app.request('/en/countries/mx')).status, 301);
  });

  it('draws the world map page within 150 KB, with its legend, sortable table and comparison', async () => {
    const html = await page(
      '/en/data/unpaid-care-and-domestic-work?sort=value&dir=desc&compare=MX&compare=CO',
    );
    assert.ok(Buffer.byteLength(html) <= 150 * 1024, `${Buffer.byteLength(html)} bytes`);
    assert.match(html, /<svg viewBox="0 0 960 470" role="group"/);
    assert.match(html, /aria-label="Mexico: 7\.1 h a day"/);
    assert.match(html, /aria-sort="descending"/);
    assert.match(html, /Unpaid domestic and care work, hours a day: Women by year/);
    assert.match(html, /href="\/api\/v1\/indicators\/unpaid-care-and-domestic-work\/values\?format=csv"/);
    const gap = await page('/ar/data/unpaid-care-and-domestic-work?measure=gap');
    assert.match(gap, /dir="rtl"/);
    const conventions = visibleText(await page('/en/data/ilo-c183-ratified'));
    assert.match(conventions, /Ratified, in force/);
    // The source's categories read in the reader's language (issue 16: nothing left in English).
    const arabic = visibleText(await page('/ar/data/ilo-c183-ratified'));
    assert.match(arabic, /مصدَّق عليها وسارية/);
    assert.doesNotMatch(arabic, /Ratified, in force/);
    assert.equal((await t.app.request('/en/data/no-such-series')).status, 404);
  });

  it('lists the series, the countries, a region and the codebook', async () => {
    assert.match(visibleText(await page('/en/data')), /Maternity leave/);
    assert.match(visibleText(await page('/fr/countries')), /Mexique/);
    const region = visibleText(await page('/en/regions/419'));
    assert.match(region, /Latin America and the Caribbean/);
    assert.match(region, /Mexico/);
    assert.match(visibleText(await page('/ru/data/codebook')), /M49/);
    assert.equal((await t.app.request('/en/regions/999')).status, 404);
  });

  it('shows a country’s key figure beside a practice and a commitment about it; concept pages name their indicators', async () => {
    const [slug] = await publishPractices(t.deps, [
      completePracticeInput({ slug: 'care-in-mexico', countries: ['MX'] }),
    ]);
    const practice = visibleText(await page(`/en/practices/${slug}`));
    assert.match(
      practice,
      /Care in Mexico Unpaid domestic and care work, hours a day, 2014, aged 15 and over\s?: women 7\.1 h a day, men 2\.3 h a day/,
    );
    assert.match(practice, /All care figures of Mexico/);
    const { commitment } = await publishedCommitment(t.deps);
    const committed = visibleText(await page(`/es/commitments/${commitment.slug}`));
    assert.match(committed, /Los cuidados en México/);
    const concept = visibleText(await page('/en/concepts/sdg_target:5_4'));
    assert.match(concept, /Indicators that measure it/);
    assert.match(concept, /Unpaid care for household and family members, hours a day/);
  });

  it('lets the secretariat load a release, audited; refuses others and bad files with the line', async () => {
    const member = await signedInClient(
      t.client(),
      await createUser(t.deps, { email: 'reader@example.org' }),
    );
    assert.equal((await member.request('/en/admin/indicators')).status, 403);
    const admin = await signedInClient(
      t.client(),
      await createUser(t.deps, { email: 'secretariat@example.org', roles: ['admin'] }),
    );
    const form = await admin.get('/en/admin/indicators');
    assert.equal(form.response.status, 200);
    const header =
      'INDICATOR_ID\tMINSET_SERIES\tMINSET_SERIES_DESC\tREF_AREA\tREF_AREA_DESC\tTIME_PERIOD\tSEX\tOBS_VALUE\tUNIT_MEASURE\tSOURCE_YEAR';
    const good = `${header}\nIx\tSnew00001\tA new care series\t484\tMexico\t2020\tF\t3.5\tHR_PER_DAY\t2024\n`;
    const loaded = await admin.post('/en/admin/indicators', {
      file: new File([good], 'new-series.tsv'),
    });
    assert.equal(loaded.status, 200);
    assert.match(visibleText(await loaded.text()), /The file was loaded\..*1 new, 0 changed/s);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id'])
      .where('action', '=', 'observatory.indicators_imported')
      .where('subject_id', '=', 'snew00001')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_id !== null, true);
    const bad = `${header}\nIx\tSnew00002\tA bad series\t484\tMexico\t2020\tF\tabout three\tHR_PER_DAY\t2024\n`;
    const refused = await admin.post('/en/admin/indicators', { file: new File([bad], 'bad.tsv') });
    assert.equal(refused.status, 422);
    assert.match(
      visibleText(await refused.text()),
      /bad\.tsv, line 2: the value “about three” is not a number/,
    );
    const none = await admin.post('/en/admin/indicators', {});
    assert.equal(none.status, 422);
    assert.equal(
      (await admin.post('/en/admin/indicators', { file: new File([good], 'x.tsv') }, { csrf: null })).status,
      403,
    );
  });
});
