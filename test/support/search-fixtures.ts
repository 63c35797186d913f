import type { TLexiconEntry } from '../../src/platform/search/concept-lexicon.ts';
import type { TSearchDocument } from '../../src/platform/search/search-types.ts';

/**
 * A small hand-written lexicon and multilingual corpus for the search tests (not the real taxonomy:
 * the platform must work with any lexicon). Texts are our own words.
 */
const LABELS: Record<string, Record<string, string[]>> = {
  'theme:early_childhood': {
    en: ['childcare', 'nursery', 'early childhood care', 'day care'],
    es: ['guardería', 'cuidado infantil', 'educación inicial'],
    pl: ['żłobek', 'opieka nad dziećmi', 'przedszkole'],
    fr: ['crèche', "garde d'enfants", 'petite enfance'],
    ru: ['детский сад', 'ясли', 'уход за детьми'],
    ar: ['حضانة', 'رعاية الأطفال'],
  },
  'population:older_persons': {
    en: ['older persons', 'older people', 'elderly'],
    es: ['personas mayores', 'adultos mayores'],
    pl: ['osoby starsze', 'starsi krewni'],
    fr: ['personnes âgées'],
    ru: ['пожилые люди'],
    ar: ['المسنين', 'كبار السن'],
  },
  'theme:long_term_care': {
    en: ['long-term care'],
    es: ['cuidados de larga duración'],
    pl: ['opieka długoterminowa'],
    fr: ['soins de longue durée'],
    ru: ['долговременный уход'],
    ar: ['رعاية المسنين', 'الرعاية طويلة الأمد'],
  },
  'theme:return_to_work': {
    en: ['return to work'],
    es: ['reincorporación laboral'],
    pl: ['powrót do pracy', 'powrót na rynek pracy'],
    fr: ["retour à l'emploi"],
  },
  'population:unpaid_carers': {
    en: ['family carers', 'unpaid carers'],
    es: ['cuidadoras'],
    pl: ['opiekunowie osób zależnych'],
    fr: ['aidants familiaux'],
    ru: ['семейные опекуны'],
  },
  'theme:care_infrastructure': { en: ['care blocks'], es: ['manzanas del cuidado'] },
};

export const TEST_LEXICON: TLexiconEntry[] = Object.entries(LABELS).flatMap(([conceptId, byLanguage]) =>
  Object.entries(byLanguage).flatMap(([language, terms]) =>
    terms.map((term) => ({ conceptId, language, term })),
  ),
);

const doc = (
  id: string,
  type: string,
  language: string,
  country: string,
  publishedAt: string,
  title: string,
  summary: string,
  body: string,
): TSearchDocument => ({
  id,
  type,
  slug: id,
  language,
  title,
  summary,
  body,
  publishedAt,
  facets: [
    { facet: 'country', value: country },
    { facet: 'year', value: publishedAt.slice(0, 4) },
  ],
});

export const TEST_CORPUS: TSearchDocument[] = [
  doc(
    'pl-partnership',
    'practice',
    'pl',
    'PL',
    '2024-03-01T00:00:00.000Z',
    'Lokalne partnerstwo na rzecz powrotu opiekunów na rynek pracy',
    'Dziewięć instytucji z Krakowa wspiera opiekunów osób zależnych w powrocie do pracy.',
    'Partnerstwo oferuje miejsca w żłobkach, opiekę wytchnieniową dla starszych krewnych, doradztwo ' +
      'zawodowe i szkolenia. Z pomocy mogą skorzystać mieszkańcy Krakowa i powiatu krakowskiego.',
  ),
  doc(
    'es-care-blocks',
    'practice',
    'es',
    'CO',
    '2023-06-10T00:00:00.000Z',
    'Manzanas del Cuidado en Bogotá',
    'Las manzanas del cuidado acercan servicios a las cuidadoras: guarderías, lavanderías comunitarias y formación.',
    'En un radio de pocas cuadras, las mujeres que cuidan encuentran tiempo para descansar y estudiar ' +
      'mientras sus hijos y las personas mayores reciben atención.',
  ),
  doc(
    'ar-conference',
    'event',
    'ar',
    'EG',
    '2024-11-20T00:00:00.000Z',
    'مؤتمر الرعاية الاجتماعية لكبار السن',
    'توصيات حول رعاية المسنين في المنزل ودعم الأسر التي ترعاهم.',
    'ناقش المؤتمر خمسة محاور: الحماية الاجتماعية، الخدمات المنزلية، تدريب مقدمي الرعاية، التمويل، والبيانات.',
  ),
  doc(
    'en-childcare',
    'practice',
    'en',
    'GB',
    '2022-09-01T00:00:00.000Z',
    'Affordable childcare for working parents',
    'A municipal programme of nurseries and early childhood care that helps parents return to work.',
    'Places are reserved for families on low incomes, opening hours follow shift work, and fees are capped.',
  ),
  doc(
    'ru-home-care',
    'news',
    'ru',
    'KZ',
    '2024-05-05T00:00:00.000Z',
    'Уход за пожилыми людьми на дому',
    'Социальные работники помогают пожилым людям и их семьям.',
    'Программа расширяет службу помощи на дому и обучает семейных опекунов.',
  ),
  doc(
    'fr-respite',
    'practice',
    'fr',
    'FR',
    '2021-01-15T00:00:00.000Z',
    'Droit au répit pour les aidants familiaux',
    "Des solutions d'accueil temporaire pour les personnes âgées permettent aux aidants de se reposer.",
    "L'accueil de jour et l'hébergement temporaire sont financés par le département.",
  ),
  doc(
    'en-long-term-care',
    'practice',
    'en',
    'CA',
    '2020-02-02T00:00:00.000Z',
    'Long-term care programme for older persons',
    'Home care and residential care for older people, with support for family carers.',
    'Care homes are inspected every year and home visits are planned with the family.',
  ),
  doc(
    'sw-community',
    'news',
    'sw',
    'KE',
    '2023-01-01T00:00:00.000Z',
    'Huduma za malezi ya watoto vijijini',
    'Vituo vya malezi vinasaidia wazazi kufanya kazi.',
    'Wanawake wa kijiji wanaendesha vituo hivi kwa pamoja.',
  ),
  doc(
    'en-unsafe',
    'news',
    'en',
    'GB',
    '2024-12-01T00:00:00.000Z',
    '<script>alert(1)</script> Nurseries & "places" news',
    'New nursery <b>places</b> open for children in the spring.',
    '',
  ),
];
