import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { completePracticeInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import {
  importIndicatorFiles,
  readIndicatorPath,
  shippedIndicatorFiles,
} from './indicator-import.service.ts';

/** Search engines find the observatory: its indexes, the countries worth a visit, every indicator. */
describe(`observatory in the sitemap (${testDialect})`, () => {
  let t: TTestApp;
  let sitemap = '';
  before(async () => {
    t = await createTestApp();
    const unpaidCare = shippedIndicatorFiles().filter((path) => path.includes('S997d1fdb'));
    assert.equal(unpaidCare.length, 1);
    await importIndicatorFiles(t.deps, unpaidCare.map(readIndicatorPath), {
      isSkippingInvalid: false,
      actorId: null,
    });
    await publishPractices(t.deps, [completePracticeInput({ slug: 'leeds-day-centres' })]);
    sitemap = await (await t.app.request('/sitemap.xml')).text();
  });
  after(async () => {
    await t.close();
  });

  it('lists the countries and data indexes in every language', () => {
    for (const locale of ['en', 'es', 'fr', 'ru', 'ar', 'pl']) {
      assert.ok(sitemap.includes(`<loc>http://localhost/${locale}/countries</loc>`), locale);
      assert.ok(sitemap.includes(`<loc>http://localhost/${locale}/data</loc>`), locale);
    }
  });

  it('lists each indicator page and the countries with data or hub records, not the empty ones', () => {
    assert.ok(sitemap.includes('<loc>http://localhost/en/data/unpaid-care-and-domestic-work</loc>'));
    assert.ok(sitemap.includes('<loc>http://localhost/ar/countries/MX</loc>'), 'Mexico has data');
    assert.ok(sitemap.includes('<loc>http://localhost/pl/countries/GB</loc>'), 'a practice is in the UK');
    assert.ok(!sitemap.includes('/countries/VA<'), 'the Holy See has neither data nor records');
    assert.ok(!sitemap.includes('/data/ilo-c183-ratified<'), 'a series not imported has no page');
  });
});
