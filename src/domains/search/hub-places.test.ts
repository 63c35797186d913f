import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { segmentWords } from '../../platform/search/words.ts';
import { hubPlaceNames } from './hub-places.ts';
import { hubAnalyser } from './hub-search.ts';
import { searchHub } from './search.service.ts';

const placesIn = (text: string) =>
  hubPlaceNames()
    .match(segmentWords(text), { withTypos: true })
    .map((m) => m.placeId);

describe('places in every language and script', () => {
  it('reads countries after prepositions: Polish and Russian cases, Arabic prefixes', () => {
    const cases: Array<[string, string]> = [
      ['w Niemczech', 'country:de'],
      ['w Polsce', 'country:pl'],
      ['szkolenia w Rosji', 'country:ru'],
      ['в Японии', 'country:jp'],
      ['во Франции', 'country:fr'],
      ['في فرنسا', 'country:fr'],
      ['بفرنسا', 'country:fr'],
      ['لفرنسا', 'country:fr'],
      ['والأردن', 'country:jo'],
      ['بالمغرب', 'country:ma'],
      ['en Colombia', 'country:co'],
      ['in Poland', 'country:pl'],
      ['Japanese long-term care', 'country:jp'],
      ['Deutschland', 'country:de'],
    ];
    for (const [text, place] of cases) assert.deepEqual(placesIn(text), [place], text);
  });

  it('reads regions and cities in other spellings and scripts, and a misspelt place', () => {
    const cases: Array<[string, string]> = [
      ['w Ameryce Łacińskiej', 'region:latin_america_caribbean'],
      ['Cracovia', 'place:krakow'],
      ['Cracow', 'place:krakow'],
      ['Краков', 'place:krakow'],
      ['в Кракове', 'place:krakow'],
      ['كراكوف', 'place:krakow'],
      ['Bogotá', 'place:bogota'],
      ['Богота', 'place:bogota'],
      ['بوغوتا', 'place:bogota'],
      ['Mascate', 'place:muscat'],
      ['Маскат', 'place:muscat'],
      ['مسقط', 'place:muscat'],
      ['permiso de paternidad en Suisa', 'country:ch'],
      ['Columbia', 'country:co'],
    ];
    for (const [text, place] of cases) assert.deepEqual(placesIn(text), [place], text);
  });

  it('does not read ordinary words as places', () => {
    for (const text of [
      'madres trabajadoras',
      'opieka nad seniorami',
      'уход за пожилыми',
      'care for older people',
    ])
      assert.deepEqual(placesIn(text), [], text);
  });
});

describe('words that look like a place are read in their own language', () => {
  const places = (ids: readonly string[]) => ids.filter((id) => /^(country|region|place):/.test(id));

  it('tags no country in a record for a word of its language that shares a country name’s stem', () => {
    const cases: Array<[string, string]> = [
      ['en', 'Child care for every child, paid at thirty per cent of the cost'],
      ['fr', 'Un congé de paternité payé par la caisse'],
      ['es', 'Teleasistencia para personas mayores que viven solas'],
    ];
    for (const [language, title] of cases) {
      const analysis = hubAnalyser().analyseDocument({ language, title, summary: '', body: '' });
      assert.deepEqual(places(analysis.concepts), [], title);
      assert.ok(!analysis.concepts.includes('population:fathers'), title);
    }
  });

  it('reads no misspelt place in a query word the language knows, and still reads real misspellings', () => {
    const cases: Array<[string, string, string[]]> = [
      ['child care', 'en', []],
      ['congé parental', 'fr', []],
      ['prawa opiekunów rodzinnych', 'pl', []],
      ['permiso de paternidad en Suisa', 'es', ['country:ch']],
      ['Japanese long-term care', 'en', ['country:jp']],
      ['cuidado infantil en Chile', 'es', ['country:cl']],
      ['opieka nad dziećmi w Chile', 'pl', ['country:cl']],
    ];
    for (const [q, locale, expected] of cases)
      assert.deepEqual(places(hubAnalyser().analyseQuery(q, { locale }).concepts), expected, q);
  });
});

describe(`place queries find their records (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    const base = { kind: 'programme' as const, themes: ['theme:long_term_care'], populations: [] };
    await publishPractices(t.deps, [
      {
        ...base,
        slug: 'krakow-day-care',
        language: 'pl',
        countries: ['PL'],
        cities: [{ name: 'Kraków', country: 'PL' }],
        title: 'Dzienny dom opieki dla seniorów',
        summary: 'Seniorzy spędzają dzień w domu dziennego pobytu.',
        body: 'Posiłki, rehabilitacja i zajęcia.',
      },
      {
        ...base,
        slug: 'bogota-care',
        language: 'es',
        countries: ['CO'],
        cities: [{ name: 'Bogotá', country: 'CO' }],
        title: 'Centros día para personas mayores',
        summary: 'Personas mayores pasan el día acompañadas.',
        body: 'Comidas y actividades.',
      },
      {
        ...base,
        slug: 'muscat-care',
        language: 'ar',
        countries: ['OM'],
        cities: [{ name: 'مسقط', country: 'OM' }],
        title: 'مراكز نهارية لكبار السن',
        summary: 'يقضي كبار السن يومهم في المركز.',
        body: 'وجبات وأنشطة.',
      },
      {
        ...base,
        slug: 'leeds-care',
        language: 'en',
        countries: ['GB'],
        title: 'Day centres for older people',
        summary: 'Older people spend the day at a centre.',
        body: 'Meals and activities.',
      },
    ]);
  });
  after(() => t.close());

  const first = async (q: string, locale: string) => {
    const result = await searchHub(
      t.deps,
      { q, filters: {}, sort: 'relevance', limit: 10, offset: 0 },
      locale,
    );
    return result.items.map((i) => i.slug);
  };

  it('ranks the record about the named place first, in any spelling, and keeps the rest', async () => {
    const cases: Array<[string, string, string]> = [
      ['Cracovia', 'es', 'krakow-day-care'],
      ['Cracow', 'en', 'krakow-day-care'],
      ['Краков', 'ru', 'krakow-day-care'],
      ['كراكوف', 'ar', 'krakow-day-care'],
      ['بوغوتا', 'ar', 'bogota-care'],
      ['Богота', 'ru', 'bogota-care'],
      ['Mascate', 'es', 'muscat-care'],
      ['Muscat', 'en', 'muscat-care'],
      ['day care for older people in Cracow', 'en', 'krakow-day-care'],
      ['уход за пожилыми в Маскате', 'ru', 'muscat-care'],
    ];
    for (const [q, locale, slug] of cases) assert.equal((await first(q, locale))[0], slug, q);
    const all = await first('personas mayores en Cracovia', 'es');
    assert.equal(all[0], 'krakow-day-care');
    assert.ok(all.includes('bogota-care'), 'a place boosts its records and hides none');
  });

  it('says which records matched through a place', async () => {
    const result = await searchHub(
      t.deps,
      { q: 'Cracovia', filters: {}, sort: 'relevance', limit: 10, offset: 0 },
      'es',
    );
    assert.deepEqual(result.items[0]?.matched, [{ kind: 'place', conceptId: 'place:krakow' }]);
    const page = visibleText(await (await t.app.request('/es/search?q=personas+mayores+en+Cracovia')).text());
    assert.match(page, /coincide en: Personas mayores · Kraków Centros día/);
    const api = (await (await t.app.request('/api/v1/search?q=Muscat&locale=ru')).json()) as {
      items: Array<{ slug: string; matched: unknown[] }>;
    };
    assert.equal(api.items[0]?.slug, 'muscat-care');
    // The city's name in the reader's script (Cyrillic here), not its first name ("Muscat").
    assert.deepEqual(api.items[0]?.matched, [{ kind: 'place', id: 'place:muscat', label: 'Маскат' }]);
    const country = (await (
      await t.app.request('/api/v1/search?q=seniorzy+w+Kolumbii&locale=pl')
    ).json()) as {
      items: Array<{ slug: string; matched: Array<{ label: string }> }>;
    };
    assert.equal(country.items[0]?.slug, 'bogota-care');
    assert.ok(
      country.items[0]?.matched.some((m) => m.label === 'Kolumbia'),
      JSON.stringify(country.items[0]),
    );
  });

  it('names a city in the reader’s script on the matched line, else by its local name', async () => {
    const matchedLine = async (locale: string, q: string) => {
      const html = await (await t.app.request(`/${locale}/search?q=${encodeURIComponent(q)}`)).text();
      return visibleText(/<p class="matched">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
    };
    const cases: Array<[locale: string, query: string, name: RegExp, notName: RegExp]> = [
      ['ar', 'كراكوف', /كراكوف/, /Kraków/],
      ['ar', 'Cracow', /كراكوف/, /Kraków/],
      ['ar', 'بوغوتا', /بوغوتا/, /Bogotá/],
      ['ru', 'Краков', /Краков/, /Kraków/],
      ['ru', 'Cracovia', /Краков/, /Kraków/],
      ['ru', 'Mascate', /Маскат/, /Muscat/],
      ['es', 'Cracovia', /Kraków/, /Краков|كراكوف/],
      // The words as typed are on the line too; the place is named in Latin script.
      ['en', 'مسقط', /مسقط · Muscat/, /Маскат/],
    ];
    for (const [locale, query, name, notName] of cases) {
      const line = await matchedLine(locale, query);
      assert.match(line, name, `${locale} "${query}": ${line}`);
      assert.doesNotMatch(line, notName, `${locale} "${query}": ${line}`);
    }
  });
});
