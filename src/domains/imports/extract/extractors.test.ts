import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDates, findDates, ianaZoneOf } from './extract-dates.ts';
import { extractDocument, plausiblePlaces } from './extract-document.ts';
import { extractKind } from './extract-kind.ts';
import { extractLanguage } from './extract-language.ts';
import { extractConditions, extractLists, kindOfHeading } from './extract-lists.ts';
import { matchDirectory, namesByHeadWords, namesWithAcronyms } from './extract-organisations.ts';
import { extractPartners } from './extract-partners.ts';
import { extractPlaces, extractPolishCounties } from './extract-places.ts';
import { axisOf, extractRecommendations } from './extract-recommendations.ts';
import { extractTitle } from './extract-title.ts';
import { asciiDigits } from './source-text.ts';

/** Each extractor on short texts of our own, in the hub's six languages. */
const only = (fields: { field: string; value: string }[], name: string) =>
  fields.filter((f) => f.field === name).map((f) => f.value);

describe('dates in six languages', () => {
  const cases: [string, string][] = [
    ['Publicado el 5 de junio de 2025', '2025-06-05'],
    ['Paris, le 1er octobre 2024', '2024-10-01'],
    ['Москва, 12 марта 2025 года', '2025-03-12'],
    ['Kraków, 4 lipca 2008 r.', '2008-07-04'],
    ['مسقط في ١٧ ديسمبر ٢٠٢٤', '2024-12-17'],
    ['بيروت، 3 تشرين الأول 2023', '2023-10-03'],
    ['Posted March 4, 2025', '2025-03-04'],
    ['21.09.24', '2024-09-21'],
    ['2008-07-04', '2008-07-04'],
  ];
  for (const [text, expected] of cases)
    it(`reads "${text}"`, () => assert.deepEqual(only(extractDates(text), 'date'), [expected]));

  it('reads an event’s start and end with its time and zone', () => {
    const fields = extractDates('Seminario: 12 de mayo de 2026, de 10:00 a 12:30 (Europe/Madrid)');
    assert.deepEqual(only(fields, 'eventStart'), ['2026-05-12T10:00']);
    assert.deepEqual(only(fields, 'eventEnd'), ['2026-05-12T12:30']);
    assert.deepEqual(only(fields, 'timeZone'), ['Europe/Madrid']);
  });
  it('reads a range of days and afternoon times written in Arabic', () => {
    assert.deepEqual(only(extractDates('من 3 إلى 5 مايو 2026'), 'eventEnd'), ['2026-05-05T23:59']);
    assert.equal(findDates('الأحد 9 مارس 2025 4:30م')[0]?.time, '16:30');
  });
  it('turns written zones into IANA zones', () => {
    assert.equal(ianaZoneOf('UTC+4'), 'Etc/GMT-4');
    assert.equal(ianaZoneOf('CET'), 'Europe/Brussels');
    assert.equal(ianaZoneOf('Nowhere/Land'), null);
  });
  it('keeps offsets when reading Arabic-Indic digits', () => assert.equal(asciiDigits('٢٠٢٤/۱۲'), '2024/12'));
  it('proposes no date when there is none', () => assert.deepEqual(extractDates('Sin fecha ni lugar.'), []));
});

describe('language, title and kind', () => {
  it('names the main language and a second one holding much of the text', () => {
    const text = [
      'La ciudad abre centros de día para personas mayores en todos los barrios, con comidas y actividades.',
      'The city opens day centres for older people in every neighbourhood, with meals and activities.',
    ].join('\n');
    const language = extractLanguage(text);
    assert.ok(['es', 'en'].includes(language.value));
    assert.ok(['es', 'en'].includes(String(language.detail?.also)));
  });
  it('takes the first heading-like line as the title, skipping dates and menus', () => {
    const title = extractTitle(
      'Inicio\n12.03.2025\nNueva ley de cuidados en Uruguay\n\nEl parlamento aprobó…',
    );
    assert.equal(title?.value, 'Nueva ley de cuidados en Uruguay');
  });
  const kind = (text: string, title: string) =>
    extractKind(text, { title, hasDateAtTop: false, hasEventTime: false }).value;
  it('tells an outcome, an event, a law and a programme apart', () => {
    assert.equal(
      kind('La conferencia recomienda ampliar las licencias. También recomienda…', 'Conclusiones'),
      'outcome',
    );
    assert.equal(
      kind('Inscription obligatoire avant le 3 mai.', 'Séminaire sur l’aide aux aidants'),
      'event',
    );
    assert.equal(kind('Закон вступает в силу с 1 января.', 'Закон о долговременном уходе'), 'law');
    assert.equal(kind('Program obejmuje opiekę wytchnieniową.', 'Program „Opieka 75+”'), 'programme');
  });
});

describe('places, organisations and partners', () => {
  it('gives a city its country and a country once', () => {
    const fields = extractPlaces([
      { placeId: 'place:krakow', start: 0, end: 7, country: 'PL', name: 'Kraków' },
      { placeId: 'country:pl', start: 20, end: 26, country: 'PL', name: null },
    ]);
    assert.deepEqual(only(fields, 'country'), ['PL']);
    assert.deepEqual(only(fields, 'city'), ['Kraków']);
  });

  it('reads Polish counties in any case, and not the adjective "powiatowy" or a kind of county', () => {
    const text =
      'Mieszkańcy Powiatu Krakowskiego i miasta. W powiecie wielickim działa Powiatowy Urząd Pracy; powiat grodzki też. Powiat krakowski raz jeszcze.';
    const fields = extractPolishCounties(text);
    assert.deepEqual(only(fields, 'city'), ['Powiat krakowski', 'Powiat wielicki']);
    assert.equal(text.slice(fields[0]?.start, fields[0]?.end), 'Powiatu Krakowskiego');
    assert.equal(fields[0]?.detail?.country, 'PL');
  });

  it('reads عمان as Amman when written so or when the document is about Jordan, else as Oman', () => {
    const arabicNameOf = (code: string) => ({ OM: 'عمان', JO: 'الأردن' })[code] ?? '';
    const mentionsOf = (text: string, word: string) => {
      const at = text.indexOf(word);
      const both = [
        { placeId: 'country:om', start: at, end: at + word.length, country: 'OM', name: null },
        { placeId: 'place:amman', start: at, end: at + word.length, country: 'JO', name: 'Amman' },
      ];
      const jordan = text.indexOf('الأردن');
      return jordan >= 0
        ? [...both, { placeId: 'country:jo', start: jordan, end: jordan + 6, country: 'JO', name: null }]
        : both;
    };
    const ids = (text: string, word: string) =>
      plausiblePlaces(text, mentionsOf(text, word), arabicNameOf).map((m) => m.placeId);
    assert.deepEqual(ids('مؤتمر في الأردن. عمان، ٢ يوليو', 'عمان'), ['place:amman', 'country:jo']);
    assert.deepEqual(ids('عمّان، ٢ يوليو', 'عمّان'), ['place:amman']);
    assert.deepEqual(ids('مؤتمر في سلطنة عمان', 'عمان'), ['country:om']);
  });
  it('reads a capital as the city when the document names its country in other words (Tunis, Tunisie)', () => {
    const ids = (text: string) => {
      const mentions = [...text.matchAll(/Tunis(?:ie)?/g)].flatMap((m) => {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        const country = { placeId: 'country:tn', start: at, end, country: 'TN', name: null };
        return m[0] === 'Tunis'
          ? [country, { placeId: 'place:tunis', start: at, end, country: 'TN', name: 'Tunis' }]
          : [country];
      });
      return plausiblePlaces(text, mentions, () => '').map((m) => m.placeId);
    };
    assert.deepEqual(ids('Atelier à Tunis, Tunisie.'), ['place:tunis', 'country:tn']);
    assert.deepEqual(ids('Atelier à Tunis.'), ['country:tn']);
  });

  it('reads names after an elided article, and bodies written in lower case after their adjective', () => {
    assert.deepEqual(
      only(
        namesWithAcronyms('Avec le soutien de l’Organisation internationale du Travail (OIT).'),
        'organisation',
      ),
      ['Organisation internationale du Travail'],
    );
    assert.deepEqual(only(namesByHeadWords('Государственная дума приняла закон.'), 'organisation'), [
      'Государственная дума',
    ]);
  });

  it('keeps a one-word population only when written as one of its terms, and none inside a name', () => {
    const text = 'La Red de Cuidadoras ofrece cuidado. Las cuidadoras y las trabajadoras del hogar.';
    const spans = (word: string, conceptId: string) =>
      [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
        conceptId,
        start: m.index ?? 0,
        end: (m.index ?? 0) + word.length,
      }));
    const fields = extractDocument(text, {
      places: () => [],
      arabicNameOf: () => '',
      directory: [],
      concepts: () => [
        ...spans('Cuidadoras', 'population:unpaid_caregivers'),
        ...spans('cuidado', 'population:unpaid_caregivers'),
        ...spans('cuidadoras', 'population:unpaid_caregivers'),
        ...spans('trabajadoras del hogar', 'population:domestic_workers'),
      ],
      conceptTerms: (id) =>
        id === 'population:unpaid_caregivers' ? ['cuidadoras', 'cuidadores'] : ['trabajadoras del hogar'],
    });
    const concepts = fields.filter((f) => f.field === 'concept');
    assert.deepEqual(
      concepts.map((f) => [f.value, text.slice(f.start, f.end)]),
      [
        ['population:unpaid_caregivers', 'cuidadoras'],
        ['population:domestic_workers', 'trabajadoras del hogar'],
      ],
    );
  });

  it('matches members by a name in any language or by acronym, and proposes names given with acronyms', () => {
    const directory = [
      { slug: 'mmm', name: 'Make Mothers Matter', acronym: 'MMM', names: ['Make Mothers Matter'] },
      {
        slug: 'oit',
        name: 'International Labour Organization',
        acronym: 'ILO',
        names: ['Organización Internacional del Trabajo'],
      },
    ];
    const text =
      'Con la Organización Internacional del Trabajo y MMM, y la Red de Ciudades Cuidadoras (RCC).';
    assert.deepEqual(
      matchDirectory(text, directory).map((f) => f.detail?.slug),
      ['mmm', 'oit'],
    );
    assert.deepEqual(only(namesWithAcronyms(text), 'organisation'), ['Red de Ciudades Cuidadoras']);
  });
  it('reads partners with roles in lists and sentences', () => {
    const text = [
      'Fundacja Opieka – Lider',
      'Urząd Miasta – Partner',
      'Liderem projektu jest Fundacja Opieka.',
      'El programa se ejecuta en alianza con la Fundación Sol y el Ayuntamiento.',
      'The lead partner is Carers Network.',
    ].join('\n');
    const fields = extractPartners(text);
    assert.deepEqual(only(fields, 'lead'), ['Fundacja Opieka', 'Carers Network']);
    assert.deepEqual(only(fields, 'partner'), ['Urząd Miasta', 'Fundación Sol']);
  });
});

describe('lists under headings and recommendations', () => {
  it('knows headings of goals, beneficiaries, conditions and axes in six languages', () => {
    assert.equal(kindOfHeading('Objectifs du programme :'), 'goal');
    assert.equal(kindOfHeading('¿Quién puede participar?'), 'beneficiary');
    assert.equal(kindOfHeading('Условия участия:'), 'eligibility');
    assert.equal(kindOfHeading('محاور المؤتمر:'), 'axis');
    assert.equal(kindOfHeading('Dla kogo?'), 'beneficiary');
  });
  it('reads items under their heading and conditions stated in a sentence', () => {
    const text =
      'Goals:\n• shorter waiting lists\n• paid respite\n\nWho can benefit?\n- carers of a child with a disability\n\nApplicants must be resident in the city for a year.';
    const fields = extractLists(text);
    assert.deepEqual(only(fields, 'goal'), ['shorter waiting lists', 'paid respite']);
    assert.deepEqual(only(fields, 'beneficiary'), ['carers of a child with a disability']);
    assert.equal(extractConditions('Applicants must be resident in the city for a year.').length, 1);
  });
  it('reads recommendations with their verbs and puts each under the axis it speaks of', () => {
    const axes = ['Financiación de los cuidados', 'Formación de cuidadoras'];
    const text =
      'La conferencia recomienda crear un fondo estable de financiación de los cuidados.\nAsimismo subraya la formación de las cuidadoras a domicilio en todo el país.';
    const fields = extractRecommendations(text, axes);
    assert.deepEqual(
      fields.map((f) => f.detail?.verb),
      ['recommends', 'stresses'],
    );
    assert.deepEqual(
      fields.map((f) => f.detail?.axis),
      [1, 2],
    );
    assert.equal(axisOf('nada en común', axes), 1);
  });
});
