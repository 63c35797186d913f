import { countriesSorted, countryName, languageName } from '../../i18n/names.ts';
import { conceptsOf } from '../../taxonomy/taxonomy.ts';
import type { TConceptScheme } from '../../taxonomy/taxonomy.types.ts';
import type { TChoice, TChoiceGroup } from './choice-list.tsx';

/**
 * The options every form shares for countries, themes, populations and regions, in the reader's
 * language, for `ChoiceList` (or a `SelectField`): one place instead of a list copied into each form.
 */

/** The UN M49 continents countries are grouped under, in this order; the rest go last. */
const continents = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;

const groupCache = new Map<string, TChoiceGroup[]>();

/** Every country, grouped by continent, each group sorted by name in the reader's language. */
export function countryChoiceGroups(locale: string): readonly TChoiceGroup[] {
  const cached = groupCache.get(locale);
  if (cached) return cached;
  const regions = conceptsOf('region');
  const continentOf = (code: string) =>
    continents.find((c) => regions.find((r) => r.code === c)?.countries?.includes(code));
  const choice = (c: { code: string; name: string }): TChoice => ({
    value: c.code,
    label: c.name,
    terms: `${c.code} ${countryName('en', c.code)}`,
  });
  const all = countriesSorted(locale);
  const groups: TChoiceGroup[] = continents.map((continent) => ({
    label: regions.find((r) => r.code === continent)?.labels[locale as 'en'] ?? continent,
    options: all.filter((c) => continentOf(c.code) === continent).map(choice),
  }));
  const rest = all.filter((c) => continentOf(c.code) === undefined).map(choice);
  if (rest.length > 0) {
    groups.push({
      label: regions.find((r) => r.code === 'antarctica')?.labels[locale as 'en'] ?? '—',
      options: rest,
    });
  }
  groupCache.set(locale, groups);
  return groups;
}

const collators = new Map<string, Intl.Collator>();

/** The reader's language's alphabetical order (cached per locale). */
function collatorOf(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

/** Options in the alphabetical order of the reader's language (by label). */
export function sortedChoices<T extends { label: string }>(options: readonly T[], locale: string): T[] {
  const collator = collatorOf(locale);
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The concepts of a scheme (themes, populations, regions) with their synonyms as filter terms, in the
 * alphabetical order of the reader's language.
 */
export function conceptChoices(scheme: TConceptScheme, locale: string): readonly TChoice[] {
  return sortedChoices(
    conceptsOf(scheme).map((c) => ({
      value: c.id,
      label: c.labels[locale as 'en'] ?? c.labels.en,
      terms: [...(c.synonyms[locale as 'en'] ?? []), c.labels.en].join(' '),
    })),
    locale,
  );
}

/**
 * Languages an event (or another record) may be held or interpreted in: the hub's six and the other
 * widely spoken languages of its members' regions; codes as BCP 47.
 */
export const spokenLanguages = [
  'en',
  'es',
  'fr',
  'ru',
  'ar',
  'pl',
  'pt',
  'de',
  'it',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'el',
  'uk',
  'be',
  'lt',
  'lv',
  'et',
  'sl',
  'hr',
  'sr',
  'bs',
  'sq',
  'mk',
  'ca',
  'eu',
  'gl',
  'ga',
  'cy',
  'tr',
  'ka',
  'hy',
  'az',
  'kk',
  'uz',
  'he',
  'fa',
  'ur',
  'hi',
  'bn',
  'pa',
  'ta',
  'te',
  'mr',
  'ne',
  'si',
  'zh',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'fil',
  'sw',
  'am',
  'ha',
  'yo',
  'ig',
  'zu',
  'xh',
  'af',
  'so',
  'qu',
  'gn',
  'ay',
  'ht',
] as const;

/**
 * Languages as choices named in the reader's language (with the code, the English name and the
 * language's own name as filter terms), sorted by that name; a code already chosen that is not in
 * the list (an older record) is offered too, so an edit keeps it.
 */
export function languageChoices(locale: string, chosen: readonly string[] = []): TChoice[] {
  // Only real language tags come back as choices: a hostile value posted in the form is not offered.
  const kept = chosen.map((c) => c.toLowerCase()).filter(isLanguageTag);
  const codes = [...new Set([...spokenLanguages, ...kept])];
  return sortedChoices(
    codes.map((code) => ({
      value: code,
      label: languageName(locale, code),
      terms: `${code} ${languageName('en', code)} ${languageName(code, code)}`,
    })),
    locale,
  );
}

/** A well-formed BCP 47 language tag ("pt", "zh-hant", "sgn-br"), as Intl reads one. */
export function isLanguageTag(value: string): boolean {
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
