import type { TPractice } from './practice-record.ts';
import type { TTranslatableField } from './practices.schemas.ts';

/**
 * What a reader sees of a practice's text: the translation into their language where a person wrote
 * one, field by field, otherwise the original. Each piece says which language it is in, so pages can
 * set lang (and dir) on it and say "translated from …".
 */
export type TShownText = { text: string; language: string; isTranslation: boolean };

export function shownText(
  practice: Pick<TPractice, 'language' | 'translations' | TTranslatableField>,
  field: TTranslatableField,
  locale: string,
  isOriginalWanted = false,
): TShownText {
  const translated = practice.translations[locale]?.[field];
  if (!isOriginalWanted && locale !== practice.language && translated) {
    return { text: translated, language: locale, isTranslation: true };
  }
  return { text: practice[field], language: practice.language, isTranslation: false };
}

export function hasTranslationInto(
  practice: Pick<TPractice, 'language' | 'translations'>,
  locale: string,
): boolean {
  return locale !== practice.language && !!practice.translations[locale]?.title;
}

/** Languages offered for a practice's original language and translations, as codes. */
export const contentLanguages = [
  'en',
  'es',
  'fr',
  'ru',
  'ar',
  'pl',
  'pt',
  'de',
  'it',
  'zh',
  'hi',
  'sw',
  'tr',
  'uk',
  'id',
  'ja',
  'ko',
  'nl',
] as const;

/** "2008", "2008-07" or "2008-07-04" as the reader would write it. */
export function formatPartialDate(locale: string, value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year ?? value;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
