/**
 * The interface languages. Adding one is a folder of message files plus one line here;
 * a test fails until every key is translated.
 */
export type TLocaleInfo = {
  tag: string;
  /** The language's own name, shown in the switcher. */
  endonym: string;
  dir: 'ltr' | 'rtl';
};

export const locales = [
  { tag: 'en', endonym: 'English', dir: 'ltr' },
  { tag: 'es', endonym: 'Español', dir: 'ltr' },
  { tag: 'fr', endonym: 'Français', dir: 'ltr' },
  { tag: 'ru', endonym: 'Русский', dir: 'ltr' },
  { tag: 'ar', endonym: 'العربية', dir: 'rtl' },
  { tag: 'pl', endonym: 'Polski', dir: 'ltr' },
] as const satisfies readonly TLocaleInfo[];

export type TLocale = (typeof locales)[number]['tag'];

export const defaultLocale: TLocale = 'en';

export const localeTags: readonly TLocale[] = locales.map((l) => l.tag);

export function isLocale(value: string | undefined | null): value is TLocale {
  return value != null && (localeTags as readonly string[]).includes(value);
}

export function localeInfo(tag: TLocale): TLocaleInfo {
  return locales.find((l) => l.tag === tag) ?? locales[0];
}

/**
 * Picks the best interface language from an Accept-Language header ("pl-PL,pl;q=0.9,en;q=0.8").
 * Exact tags first, then the primary subtag, by descending quality.
 */
export function negotiateLocale(header: string | undefined | null): TLocale {
  if (!header) return defaultLocale;
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { range: range.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.range && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    const primary = range.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
