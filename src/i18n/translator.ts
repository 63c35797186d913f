import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs } from './catalog.ts';
import { defaultLocale, localeInfo, type TLocale } from './locales.ts';

export type TMessageValues = Record<string, string | number | Date | boolean | null | undefined>;

export type TTranslate = (key: string, values?: TMessageValues) => string;

export type TTranslator = {
  locale: TLocale;
  dir: 'ltr' | 'rtl';
  t: TTranslate;
  /** True when the key exists for this locale (for optional labels such as taxonomy synonyms). */
  has(key: string): boolean;
  formatDate(value: Date | string, style?: 'short' | 'medium' | 'long', timeZone?: string): string;
  formatDateTime(value: Date | string, timeZone?: string): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** A list joined the way the language joins lists ("A, B and C"; "أ وب وج"), never a bare Latin comma. */
  formatList(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** The same, as parts (elements and the separators between them), to wrap each element. */
  formatListToParts(
    items: readonly string[],
    type?: 'conjunction' | 'disjunction',
  ): { type: string; value: string }[];
};

const compiled = new Map<string, IntlMessageFormat>();
const translators = new Map<TLocale, TTranslator>();

function compile(locale: TLocale, key: string, message: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

export function translator(locale: TLocale): TTranslator {
  const existing = translators.get(locale);
  if (existing) return existing;
  const all = catalogs();
  const own = all.get(locale) ?? new Map<string, string>();
  const fallback = all.get(defaultLocale) ?? new Map<string, string>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const listFormats = new Map<string, Intl.ListFormat>();
  const listFormat = (type: 'conjunction' | 'disjunction'): Intl.ListFormat => {
    let format = listFormats.get(type);
    if (!format) {
      format = new Intl.ListFormat(locale, { type, style: 'long' });
      listFormats.set(type, format);
    }
    return format;
  };
  const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = JSON.stringify(options);
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, options);
      dateFormats.set(key, format);
    }
    return format;
  };
  const t: TTranslate = (key, values) => {
    const message = own.get(key);
    if (message !== undefined) return String(compile(locale, key, message).format(values ?? {}));
    const english = fallback.get(key);
    if (english !== undefined) return String(compile(defaultLocale, key, english).format(values ?? {}));
    // A missing key is a bug that the message-file test catches; show the key rather than crash a page.
    return key;
  };
  const result: TTranslator = {
    locale,
    dir: localeInfo(locale).dir,
    t,
    has: (key) => own.has(key),
    formatDate: (value, style = 'medium', timeZone = 'UTC') =>
      dateFormat({ dateStyle: style, timeZone }).format(typeof value === 'string' ? new Date(value) : value),
    formatDateTime: (value, timeZone = 'UTC') =>
      // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are named one by one.
      dateFormat({
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).format(typeof value === 'string' ? new Date(value) : value),
    formatNumber: (value, options) => {
      const key = options ? JSON.stringify(options) : '';
      let format = numberFormats.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale, options);
        numberFormats.set(key, format);
      }
      return format.format(value);
    },
    formatList: (items, type = 'conjunction') => listFormat(type).format(items),
    formatListToParts: (items, type = 'conjunction') => listFormat(type).formatToParts(items),
  };
  translators.set(locale, result);
  return result;
}
