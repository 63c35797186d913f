import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { startGazetteer } from './gazetteer.service.ts';

type TFound = { places: { label: string; value: string; zone: string | null }[] };

/**
 * Issue 16, gazetteer gaps: the big cities members live in are found in the hub's six languages, and a
 * hub seeded before they joined the list gets them on its next start, its records indexed again.
 */
describe(`the gazetteer's big cities (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  const find = async (locale: string, query: string) =>
    (await (await t.app.request(`/${locale}/places/find?q=${encodeURIComponent(query)}`)).json()) as TFound;

  // Labelled with the name in the reader's script (Cyrillic, Arabic), else the city's own Latin name.
  it('finds each city by its name in each language, its country in the reader’s language', async () => {
    const cases: [locale: string, query: string, label: RegExp, latitude: string][] = [
      ['en', 'New York', /^New York \(United States\)$/, '40.71'],
      ['es', 'Nueva York', /^New York \(Estados Unidos\)$/, '40.71'],
      ['pl', 'Nowy Jork', /^New York \(Stany Zjednoczone\)$/, '40.71'],
      ['ru', 'Нью-Йорк', /^Нью-Йорк \(Соединенные Штаты\)$/, '40.71'],
      ['ar', 'نيويورك', /^نيويورك \(الولايات المتحدة\)$/, '40.71'],
      ['fr', 'Paris', /^Paris \(France\)$/, '48.86'],
      ['pl', 'Paryż', /^Paris \(Francja\)$/, '48.86'],
      ['ar', 'باريس', /^باريس \(فرنسا\)$/, '48.86'],
      ['fr', 'Barcelone', /^Barcelona \(Espagne\)$/, '41.39'],
      ['ru', 'Барселона', /^Барселона \(Испания\)$/, '41.39'],
      ['fr', 'Bruxelles', /^Brussels \(Belgique\)$/, '50.85'],
      ['pl', 'Bruksela', /^Brussels \(Belgia\)$/, '50.85'],
      ['es', 'Ginebra', /^Geneva \(Suiza\)$/, '46.2'],
      ['ar', 'جنيف', /^جنيف \(سويسرا\)$/, '46.2'],
      ['es', 'San Pablo', /^São Paulo \(Brasil\)$/, '-23.55'],
      ['es', 'Yakarta', /^Jakarta \(Indonesia\)$/, '-6.2'],
      ['ru', 'Манила', /^Манила \(Филиппины\)$/, '14.6'],
      ['es', 'Nueva Delhi', /^New Delhi \(India\)$/, '28.61'],
      ['pl', 'Berlin', /^Berlin \(Niemcy\)$/, '52.52'],
      ['ru', 'Астана', /^Астана \(Казахстан\)$/, '51.17'],
    ];
    for (const [locale, query, label, latitude] of cases) {
      const first = (await find(locale, query)).places[0];
      assert.match(first?.label ?? '', label, `${locale} ${query}`);
      assert.ok(first?.value.includes(`"latitude":${latitude}`), `${query}: ${first?.value}`);
    }
  });

  it('a hub seeded before these cities were listed gets them on its next start', async () => {
    await t.deps.db.deleteFrom('search_places').where('id', 'in', ['paris', 'vladivostok']).execute();
    await t.deps.db.deleteFrom('search_state').execute();
    assert.equal((await find('en', 'Paris')).places.length, 1, 'only "keep as typed"');
    const stop = await startGazetteer(t.deps);
    try {
      const paris = (await find('en', 'Paris')).places[0];
      assert.match(paris?.label ?? '', /^Paris \(France\)$/);
      assert.equal((await find('en', 'Vladivostok')).places[0]?.zone, 'Asia/Vladivostok');
      assert.equal(await t.deps.search.isReindexRequired(), true, 'records naming them are indexed again');
    } finally {
      stop();
    }
  });
});
