import { conceptsOf } from '../taxonomy/taxonomy.ts';

/**
 * Names of countries and languages in the reader's language (Intl.DisplayNames), and the writing
 * direction of a language: shared by every domain, so they live with the other language helpers.
 */
const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the given language (Intl.DisplayNames), or the code if unknown. */
export function countryName(locale: string, code: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

const sortedCountries = new Map<string, { code: string; name: string }[]>();

/** Every country, sorted by its name in the given language. */
export function countriesSorted(locale: string): readonly { code: string; name: string }[] {
  let list = sortedCountries.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = conceptsOf('country')
      .map((concept) => concept.notation ?? concept.code.toUpperCase())
      .map((code) => ({ code, name: countryName(locale, code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedCountries.set(locale, list);
  }
  return list;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("polaco" for pl in Spanish); the code if unknown. */
export function languageName(locale: string, tag: string): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
      languageNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    // Not a language tag (a stored value typed by hand, a hostile form): shown as it is.
    return tag;
  }
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The writing direction of content in a language (not only our interface languages). */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
