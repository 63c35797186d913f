/**
 * Month names in the hub's six languages, in every form a date is written with: standalone and
 * genitive ("lipiec"/"lipca", "декабрь"/"декабря"), abbreviated ("sept.", "дек."), and the three
 * Arabic series (ديسمبر, كانون الأول, the Maghreb's ديسمبر/جوان/جويلية). Read from Intl where it has
 * them, completed by hand where it does not.
 */
const LOCALES = ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const;

const EXTRA: Record<number, string[]> = {
  1: ['كانون الثاني', 'جانفي', 'ينار'],
  2: ['شباط', 'فيفري', 'فبراير'],
  3: ['آذار', 'مارس'],
  4: ['نيسان', 'أفريل', 'ابريل', 'أبريل'],
  5: ['أيار', 'ماي', 'مايو'],
  6: ['حزيران', 'جوان', 'يونيو', 'يونيه'],
  7: ['تموز', 'جويلية', 'يوليو', 'يوليه'],
  8: ['آب', 'أوت', 'أغسطس', 'اغسطس'],
  9: ['أيلول', 'سبتمبر', 'sept', 'septiembre', 'setiembre'],
  10: ['تشرين الأول', 'أكتوبر', 'اكتوبر'],
  11: ['تشرين الثاني', 'نوفمبر'],
  12: ['كانون الأول', 'ديسمبر', 'دجنبر'],
};

function namesOf(locale: string, month: number): string[] {
  const date = new Date(Date.UTC(2024, month - 1, 15));
  const found = new Set<string>();
  for (const style of ['long', 'short'] as const) {
    found.add(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date));
    const parts = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: style,
      timeZone: 'UTC',
    }).formatToParts(date);
    const name = parts.find((p) => p.type === 'month')?.value;
    if (name) found.add(name);
  }
  return [...found]
    .map((n) => n.replace(/\.$/, '').toLowerCase())
    .filter((n) => n.length >= 3 && !/\d/.test(n));
}

let table: Map<string, number> | undefined;

/** Every known month name (lower case) → month number 1–12. */
export function monthNames(): Map<string, number> {
  if (table) return table;
  const built = new Map<string, number>();
  for (let month = 1; month <= 12; month++) {
    for (const locale of LOCALES) for (const name of namesOf(locale, month)) built.set(name, month);
    for (const name of EXTRA[month] ?? []) built.set(name.toLowerCase(), month);
  }
  table = built;
  return built;
}

/** A regular expression source matching any month name, longest first (whole words only). */
export function monthPattern(): string {
  const names = [...monthNames().keys()].sort((a, b) => b.length - a.length);
  return `(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.?`;
}
