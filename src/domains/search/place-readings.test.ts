import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { hubAnalyser } from './hub-search.ts';
import { searchHub } from './search.service.ts';

// ADR 0125: a place is read from a name as a name is written, never from a stem or a common word.
const placesOf = (ids: readonly string[]) => ids.filter((id) => /^(country|region|place):/.test(id));
const recordPlaces = (language: string, title: string, body = '') =>
  placesOf(hubAnalyser().analyseDocument({ language, title, summary: '', body }).concepts);

describe('a record names a place as names are written', () => {
  it('reads no place from a word that a name looks like, and the place where the text names it', () => {
    // Each row: a record's language, its title, the places it names.
    const readings: Array<[string, string, string[]]> = [
      ['ru', 'Школа ухода: для того, чтобы самой справиться с уходом за мамой', []],
      ['ru', 'Поддержка семей в Того', ['country:tg']],
      ['es', 'Cada reunión de cuidadoras se celebra en el barrio', []],
      ['fr', 'Aide aux aidants à La Réunion', ['country:re']],
      ['pl', 'Dane o parach opiekunów i komórce wsparcia', []],
      ['en', 'A man who cares for his wife on a small island', []],
      ['ar', 'بيانات عن مقدمي الرعاية في الأسر', []],
      ['ar', 'مراكز نهارية في بيروت', ['place:beirut']],
    ];
    for (const [language, title, expected] of readings)
      assert.deepEqual(recordPlaces(language, title), expected, title);
    assert.deepEqual(recordPlaces('pl', 'Dofinansowanie opieki', 'Program działa w Danii od 2019 roku.'), [
      'country:dk',
    ]);
  });

  it('counts a place the title names above one only the body names', () => {
    const tokens = (title: string, body: string) =>
      hubAnalyser()
        .analyseDocument({ language: 'en', title, summary: '', body })
        .conceptTokens.filter((t) => t === 'c·country·jp').length;
    assert.ok(
      tokens('Long-term care insurance in Japan', 'Premiums and benefits.') >
        tokens('Long-term care insurance', 'As in Japan, premiums are shared.'),
    );
  });

  it('reads no concept from a place’s name (“Madrid” is not “madre”)', () => {
    const concepts = hubAnalyser().analyseDocument({
      language: 'es',
      title: 'Teleasistencia en Madrid',
      summary: '',
      body: '',
    }).concepts;
    assert.ok(concepts.includes('place:madrid') && !concepts.includes('population:mothers'), `${concepts}`);
    const query = hubAnalyser().analyseQuery('madres trabajadoras en Madrid', { locale: 'es' }).concepts;
    assert.ok(query.includes('place:madrid') && query.includes('population:mothers'), `${query}`);
    const city = hubAnalyser().analyseQuery('teleasistencia Madrid', { locale: 'es' }).concepts;
    assert.ok(!city.includes('population:mothers'), `${city}`);
  });

  it('reads no place from a short stem in a query (Polish “dane” is data, not Denmark)', () => {
    const concepts = hubAnalyser().analyseQuery('dane o opiekunach', { locale: 'pl' }).concepts;
    assert.deepEqual(placesOf(concepts), []);
    assert.deepEqual(placesOf(hubAnalyser().analyseQuery('رعاية في بيروت', { locale: 'ar' }).concepts), [
      'place:beirut',
    ]);
  });

  it('reads another language’s name only as that language writes it', () => {
    assert.deepEqual(placesOf(hubAnalyser().analyseQuery('cada cuidadora', { locale: 'es' }).concepts), []);
    assert.deepEqual(placesOf(hubAnalyser().analyseQuery('Tschad Pflege', { locale: 'de' }).concepts), [
      'country:td',
    ]);
  });
});

describe(`a place a query names is a reading the index can refuse (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await publishPractices(t.deps, [
      {
        kind: 'policy',
        slug: 'swiss-paternity-leave',
        language: 'fr',
        countries: ['CH'],
        themes: ['theme:care_leave'],
        populations: ['population:fathers'],
        title: 'Un congé des pères de deux semaines',
        summary: 'Le congé de paternité est payé par l’assurance perte de gain.',
        body: 'Les pères prennent leur congé dans les six mois.',
      },
      {
        kind: 'programme',
        slug: 'congo-community-care',
        language: 'fr',
        countries: ['CG'],
        themes: ['theme:early_childhood_care'],
        populations: [],
        title: 'Garde communautaire des enfants à Brazzaville',
        summary: 'Des mères du quartier gardent les enfants des marchandes.',
        body: 'Le programme forme des gardiennes.',
      },
      // Three records that use "reunión" (a meeting), and one about Colombia, which names it.
      ...['Cartagena', 'Medellín', 'Cali'].map((city, i) => ({
        kind: 'programme' as const,
        slug: `meetings-${i}`,
        language: 'es',
        countries: ['CO'],
        themes: ['theme:unpaid_carer_support'],
        populations: ['population:unpaid_caregivers'],
        title: `Cuidadoras de ${city} en red`,
        summary: 'Cada mes, una reunión de cuidadoras del barrio comparte apoyos.',
        body: 'La reunión se celebra en el centro comunitario de Colombia.',
      })),
    ]);
  });
  after(() => t.close());

  const search = (q: string, locale: string) =>
    searchHub(t.deps, { q, filters: {}, sort: 'relevance', limit: 10, offset: 0 }, locale);

  it('reads a word the records use as that word, not as a place one letter away', async () => {
    const result = await search('congé des pères', 'fr');
    assert.ok(!result.query.concepts.includes('country:cg'), JSON.stringify(result.query.concepts));
    assert.equal(result.items[0]?.slug, 'swiss-paternity-leave');
  });

  it('still reads a misspelt place that matches no word of the hub', async () => {
    const result = await search('permiso de paternidad en Suisa', 'es');
    assert.ok(result.query.concepts.includes('country:ch'), JSON.stringify(result.query.concepts));
    assert.equal(result.items[0]?.slug, 'swiss-paternity-leave');
  });

  it('reads a word most records use otherwise as that word, and a name the records use as the place', async () => {
    const meeting = await search('reunión de cuidadoras', 'es');
    assert.ok(!meeting.query.concepts.includes('country:re'), JSON.stringify(meeting.query.concepts));
    const colombia = await search('cuidadoras en Colombia', 'es');
    assert.ok(colombia.query.concepts.includes('country:co'), JSON.stringify(colombia.query.concepts));
  });
});
