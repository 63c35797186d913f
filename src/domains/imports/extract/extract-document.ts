import type { TProposedField } from '../imports.schemas.ts';
import { extractConcepts, type TConceptSpan } from './extract-concepts.ts';
import { extractDates } from './extract-dates.ts';
import { extractKind } from './extract-kind.ts';
import { extractLanguage } from './extract-language.ts';
import { extractConditions, extractInlineConditions, extractLists } from './extract-lists.ts';
import { extractOrganisations, type TDirectoryName } from './extract-organisations.ts';
import { extractPartners } from './extract-partners.ts';
import { extractPlaces, extractPolishCounties, type TPlaceMentionLike } from './extract-places.ts';
import { extractRecommendations } from './extract-recommendations.ts';
import { extractTitle } from './extract-title.ts';
import { foldForMatch, linesOf } from './source-text.ts';

/**
 * Every extractor over one document's text, in order: language, title, dates, kind, places,
 * organisations and partners, lists under headings, recommendations under their axes, concepts,
 * a summary. The look-ups other domains own (the gazetteer, the member directory, the concept
 * lexicon) come in as functions and data, so each extractor stays a small pure function.
 */
export type TLookups = {
  places: (text: string) => readonly TPlaceMentionLike[];
  /** A country's name in Arabic (to read the article in Arabic place names). */
  arabicNameOf: (country: string) => string;
  directory: readonly TDirectoryName[];
  concepts: (text: string, language: string) => readonly TConceptSpan[];
  /** A concept's label and synonyms in a language (to check how a one-word mention is written). */
  conceptTerms?: (conceptId: string, language: string) => readonly string[];
};

const SUMMARY_MIN = 80;
const EVENT_NEAR_TOP = 1500;
const SUMMARY_MAX = 600;

function extractSummary(text: string, after: number): TProposedField | null {
  const paragraph = linesOf(text).find((l) => l.start >= after && l.text.length >= SUMMARY_MIN);
  if (!paragraph) return null;
  const value =
    paragraph.text.length > SUMMARY_MAX
      ? `${paragraph.text.slice(0, SUMMARY_MAX).replace(/\s+\S*$/u, '')}…`
      : paragraph.text;
  return {
    field: 'summary',
    value,
    start: paragraph.start,
    end: paragraph.end,
    confidence: 0.6,
    decision: 'proposed',
  };
}

const ARABIC_ARTICLE = /^(?:و|ف)?(?:ب|ل|ك)?ال/u;
const SHADDA = '\u0651';

/**
 * One word read both as a country and as a city (عمان: Oman, or Amman): the city when the word is
 * written with a doubled consonant the country's name lacks (عمّان), or when the document names the
 * city's country elsewhere and names the other country nowhere else, or when the city is in that very
 * country and the document names it elsewhere in other words ("Tunis, Tunisie"); the country otherwise.
 */
function isCityReading(
  text: string,
  city: TPlaceMentionLike,
  country: TPlaceMentionLike,
  mentions: readonly TPlaceMentionLike[],
  arabicNameOf: (country: string) => string,
): boolean {
  const word = text.slice(city.start, city.end);
  if (word.includes(SHADDA) && country.country && !arabicNameOf(country.country).includes(SHADDA))
    return true;
  // A capital read as its own country by the stem ("Tunis" and "Tunisie"): the city, when the text
  // names that country elsewhere in other words ("à Tunis, Tunisie").
  if (city.country !== null && city.country === country.country)
    return mentions.some(
      (m) =>
        m.placeId.startsWith('country:') &&
        m.country === city.country &&
        (m.start !== city.start || m.end !== city.end) &&
        foldForMatch(text.slice(m.start, m.end)) !== foldForMatch(word),
    );
  const elsewhere = (code: string | null) =>
    code !== null &&
    mentions.some(
      (m) =>
        m.placeId.startsWith('country:') &&
        m.country === code &&
        (m.start !== city.start || m.end !== city.end),
    );
  return city.country !== country.country && elsewhere(city.country) && !elsewhere(country.country);
}

/**
 * Place mentions a reader would agree with: in scripts with capitals, a name starts with one
 * ("того" is a word, "Того" is Togo); in Arabic, a word with the article names a country only when
 * the country's name has it too ("المالي" is "the financial", not Mali). A city named by the same
 * word as a country yields to the country (عمان is Oman before it is Amman), unless the writing or
 * the rest of the document says it is the city (isCityReading).
 */
export function plausiblePlaces(
  text: string,
  mentions: readonly TPlaceMentionLike[],
  arabicNameOf: (country: string) => string,
): TPlaceMentionLike[] {
  const kept = mentions.filter((m) => {
    const word = text.slice(m.start, m.end);
    if (/^\p{Ll}/u.test(word)) return false;
    // "America/Bogota" is a time zone, not a mention of the United States.
    if (text[m.start - 1] === '/' || text[m.end] === '/') return false;
    if (m.placeId.startsWith('country:') && m.country && ARABIC_ARTICLE.test(word))
      return arabicNameOf(m.country).startsWith('ال');
    return true;
  });
  const sameSpan = (a: TPlaceMentionLike, b: TPlaceMentionLike) => a.start === b.start && a.end === b.end;
  const cityReadings = kept.filter(
    (m) =>
      m.placeId.startsWith('place:') &&
      kept.some(
        (c) =>
          c.placeId.startsWith('country:') && sameSpan(c, m) && isCityReading(text, m, c, kept, arabicNameOf),
      ),
  );
  return kept.filter((m) =>
    m.placeId.startsWith('place:')
      ? cityReadings.includes(m) || !kept.some((c) => c.placeId.startsWith('country:') && sameSpan(c, m))
      : !(m.placeId.startsWith('country:') && cityReadings.some((city) => sameSpan(city, m))),
  );
}

/** Partners and leaders the directory knows get its slug. */
function withDirectory(fields: TProposedField[], directory: readonly TDirectoryName[]): TProposedField[] {
  return fields.map((f) => {
    const folded = foldForMatch(f.value);
    const known = directory.find(
      (d) =>
        d.names.some((n) => foldForMatch(n) === folded) ||
        (d.acronym !== null && f.value.includes(d.acronym)),
    );
    return known ? { ...f, detail: { ...f.detail, slug: known.slug } } : f;
  });
}

/**
 * A concept named inside an organisation's name is not what the document is about ("Red de Mujeres
 * Cuidadoras" names a network; "Ośrodek Pomocy Rodzinie" an office).
 */
function conceptsOutsideNames(
  spans: readonly TConceptSpan[],
  names: readonly TProposedField[],
): TConceptSpan[] {
  return spans.filter((s) => !names.some((n) => n.start < s.end && s.start < n.end));
}

const FOLDED_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;
/** Letters a word and a term may differ by at their ends and still be one word inflected. */
const INFLECTION = 2;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A population found from one word only when the word is one of its terms inflected: the search's
 * stemmer joins words a reader keeps apart ("cuidado", care, and "cuidadoras", carers, share a stem;
 * so do "trabajan", they work, and "trabajadora", a woman worker). The word and a one-word term of the
 * concept must share all but their last letters (Latin and Cyrillic; Arabic words carry prefixes the
 * analyser already weighs). Phrases are specific enough as they are.
 */
function populationsAsWritten(
  text: string,
  spans: readonly TConceptSpan[],
  language: string,
  termsOf: TLookups['conceptTerms'],
): TConceptSpan[] {
  if (!termsOf) return [...spans];
  return spans.filter((s) => {
    if (!s.conceptId.startsWith('population:')) return true;
    const word = foldForMatch(text.slice(s.start, s.end)).toLocaleLowerCase();
    if (!FOLDED_WORD.test(word)) return true;
    const terms = termsOf(s.conceptId, language)
      .map((t) => foldForMatch(t).toLocaleLowerCase())
      .filter((t) => FOLDED_WORD.test(t));
    return terms.some((t) => commonPrefix(t, word) >= Math.max(t.length, word.length) - INFLECTION);
  });
}

/** A word that names a place is not a concept ("Madrid" is not "madre"). */
function conceptsBesidePlaces(
  spans: readonly TConceptSpan[],
  places: readonly TPlaceMentionLike[],
): TConceptSpan[] {
  return spans.filter((s) => !places.some((p) => p.start < s.end && s.start < p.end));
}

/** Countries and cities through the gazetteer, then Polish counties (which bring Poland when unnamed). */
function placesOf(text: string, mentions: readonly TPlaceMentionLike[]): TProposedField[] {
  const places = extractPlaces(mentions);
  const counties = extractPolishCounties(text);
  const first = counties[0];
  const isPolandNamed = places.some((f) => f.field === 'country' && f.value === 'PL');
  const poland: TProposedField[] =
    first && !isPolandNamed ? [{ ...first, field: 'country', value: 'PL', detail: undefined }] : [];
  return [...places, ...poland, ...counties];
}

export function extractDocument(
  text: string,
  lookups: TLookups,
  titleHint?: string | null,
): TProposedField[] {
  const language = extractLanguage(text);
  const title = extractTitle(text, titleHint);
  const dates = extractDates(text);
  const publication = dates.find((d) => d.field === 'date');
  const lines = linesOf(text).filter((l) => l.text);
  const topEnd = lines[Math.min(4, lines.length) - 1]?.end ?? 0;
  const kind = extractKind(text, {
    title: title?.value ?? null,
    hasDateAtTop: publication !== undefined && publication.start <= topEnd,
    // An event's time counts when the document opens with it, not when a listing names one further down.
    hasEventTime: dates.some(
      (d) => d.field === 'eventStart' && !d.value.endsWith('T00:00') && d.start < EVENT_NEAR_TOP,
    ),
  });
  const partners = withDirectory(extractPartners(text), lookups.directory);
  const lists = [...extractLists(text)];
  const listed = lists.filter((f) => f.field === 'eligibility');
  // Conditions after their heading first, then sentences stating one; each stretch of text once.
  const conditions = [...extractInlineConditions(text), ...extractConditions(text)].filter(
    (c, i, all) =>
      !listed.some((l) => l.start < c.end && c.start < l.end) &&
      all.findIndex((o) => o.start < c.end && c.start < o.end) === i,
  );
  const axes = lists.filter((f) => f.field === 'axis').map((f) => f.value);
  const recommendations = extractRecommendations(text, axes);
  const organisations = extractOrganisations(text, lookups.directory);
  const summary = extractSummary(text, title && title.end > 0 ? title.end : 0);
  const mentions = plausiblePlaces(text, lookups.places(text), lookups.arabicNameOf);
  const names = [...organisations, ...partners];
  const concepts = extractConcepts(
    populationsAsWritten(
      text,
      conceptsOutsideNames(conceptsBesidePlaces(lookups.concepts(text, language.value), mentions), names),
      language.value,
      lookups.conceptTerms,
    ),
  );

  return [
    language,
    kind,
    ...(title ? [title] : []),
    ...(summary ? [summary] : []),
    ...dates,
    ...placesOf(text, mentions),
    ...organisations,
    ...partners,
    ...lists,
    ...conditions,
    ...recommendations,
    ...concepts,
  ];
}
