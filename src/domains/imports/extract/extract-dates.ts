import type { TProposedField } from '../imports.schemas.ts';
import { monthNames, monthPattern } from './month-names.ts';
import { asciiDigits, linesOf } from './source-text.ts';

/**
 * Dates as documents write them, in the six languages: "2008-07-04", "21.09.24", "17/12/2024",
 * "4 lipca 2008", "17 ديسمبر , 2024", "١٧ ديسمبر ٢٠٢٤", "March 4, 2025", "12–14 de mayo de 2025",
 * "mai 2025"; a time after it ("15:30", "3:10م", "18h30", "10 a.m.") and a zone ("CET", "UTC+4",
 * "Europe/Warsaw"). The first date near the top is the publication date; a date with a time or a
 * range of days is an event's start (and end).
 */
export type TFoundDate = {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  endDay?: number;
  time?: string;
  endTime?: string;
  zone?: string;
};

const L = '\\p{L}';
const NOT_BEFORE = `(?<![${L}\\p{N}])`;
const NOT_AFTER = `(?![${L}\\p{N}])`;
const DASH = '\\s*(?:-|–|—|to|al|a|au|à|do|до|по|إلى|الى|و|y|et|i|and)\\s*';

let patterns: RegExp[] | undefined;
function datePatterns(): RegExp[] {
  if (patterns) return patterns;
  const month = monthPattern();
  patterns = [
    // 2008-07-04, 2025-05-12T10:00
    new RegExp(`${NOT_BEFORE}(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})${NOT_AFTER}`, 'gu'),
    // 21.09.24, 17/12/2024, 4-03-2025
    new RegExp(`${NOT_BEFORE}(?<d>\\d{1,2})[./-](?<m>\\d{1,2})[./-](?<y>\\d{4}|\\d{2})${NOT_AFTER}`, 'gu'),
    // 12–14 de mayo de 2025, 4 lipca 2008, 17 ديسمبر , 2024, 20 September
    new RegExp(
      `${NOT_BEFORE}(?<d>\\d{1,2})(?:er|º|\\.)?(?:${DASH}(?<d2>\\d{1,2}))?\\s*(?:de\\s+)?${month}(?:\\s*,?\\s*(?:de\\s+)?(?<y>\\d{4}))?${NOT_AFTER}`,
      'giu',
    ),
    // March 4, 2025; May 12-14, 2025
    new RegExp(
      `${NOT_BEFORE}${month}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(?<d2>\\d{1,2}))?,?\\s+(?<y>\\d{4})${NOT_AFTER}`,
      'giu',
    ),
    // mayo de 2025, styczeń 2024
    new RegExp(`${NOT_BEFORE}${month}\\s+(?:de\\s+)?(?<y>\\d{4})${NOT_AFTER}`, 'giu'),
  ];
  return patterns;
}

const TIME = new RegExp(
  `^[\\s,|]*(?:(?:r\\.|roku|г\\.|года)\\s*)?(?:(?:at|from|à|de|dès|a las|desde|о|в|с|od|o|godz\\.?|الساعة|h)\\s+)*(?<h>\\d{1,2})(?:[:h.](?<min>\\d{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?|م|ص)?(?:${DASH}(?<h2>\\d{1,2})(?:[:h.](?<min2>\\d{2}))\\s*(?<ampm2>a\\.?m\\.?|p\\.?m\\.?|م|ص)?)?(?<zone>\\s*\\(?(?:UTC|GMT)\\s*[+-−]\\s*\\d{1,2}(?::?\\d{2})?\\)?|\\s*\\(?(?:[A-Z][a-z]+/[A-Z][A-Za-z_]+)\\)?|\\s*\\(?(?:UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|MSK|МСК|GST|AST|IST)\\)?)?`,
  'u',
);

function hour(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /^p|^م/.test(ampm.toLowerCase());
  if (pm && h < 12) return h + 12;
  if (!pm && h === 12) return 0;
  return h;
}

const two = (n: number) => String(n).padStart(2, '0');

function readTime(after: string): { time?: string; endTime?: string; zone?: string; length: number } {
  const m = TIME.exec(after);
  if (!m?.groups) return { length: 0 };
  const g = m.groups;
  // A bare number after a date is not a time; a time needs minutes, am/pm or "h".
  if (!g.min && !g.ampm) return { length: 0 };
  const h = hour(Number(g.h), g.ampm);
  if (h > 23 || Number(g.min ?? 0) > 59) return { length: 0 };
  const found: { time?: string; endTime?: string; zone?: string; length: number } = {
    time: `${two(h)}:${g.min ?? '00'}`,
    length: m[0].length,
  };
  if (g.h2 && g.min2) found.endTime = `${two(hour(Number(g.h2), g.ampm2 ?? g.ampm))}:${g.min2}`;
  if (g.zone) found.zone = g.zone.replace(/[()\s]/g, '').replace('−', '-');
  return found;
}

function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function isValid(d: TFoundDate): boolean {
  if (d.year !== null && (d.year < 1900 || d.year > 2100)) return false;
  if (d.month !== null && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== null && (d.day < 1 || d.day > 31)) return false;
  return d.month !== null && (d.year !== null || d.day !== null);
}

/** Every date in a text, in order, without overlaps (the longest reading wins). */
export function findDates(text: string): TFoundDate[] {
  const plain = asciiDigits(text);
  const months = monthNames();
  const found: TFoundDate[] = [];
  for (const pattern of datePatterns()) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(plain); m; m = pattern.exec(plain)) {
      const g = m.groups ?? {};
      const monthName = m.slice(1).find((part, i) => part && !Object.values(g).includes(part) && i >= 0);
      const month = g.m ? Number(g.m) : monthName ? (months.get(monthName.toLowerCase()) ?? null) : null;
      const date: TFoundDate = {
        start: m.index,
        end: m.index + m[0].length,
        year: fullYear(g.y),
        month,
        day: g.d ? Number(g.d) : null,
      };
      if (g.d2) date.endDay = Number(g.d2);
      if (!isValid(date)) continue;
      if (found.some((f) => f.start < date.end && date.start < f.end)) continue;
      const time = readTime(plain.slice(date.end, date.end + 60));
      if (time.time) {
        date.time = time.time;
        if (time.endTime) date.endTime = time.endTime;
        if (time.zone) date.zone = time.zone;
        date.end += time.length;
      }
      found.push(date);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "YYYY-MM-DD" (or YYYY-MM, YYYY) of a found date, the year taken from `year` when it has none. */
export function isoDateOf(d: TFoundDate, year: number | null = null): string | null {
  const y = d.year ?? year;
  if (y === null || d.month === null) return null;
  return d.day === null ? `${y}-${two(d.month)}` : `${y}-${two(d.month)}-${two(d.day)}`;
}

const ZONES: Record<string, string> = {
  UTC: 'UTC',
  GMT: 'UTC',
  CET: 'Europe/Brussels',
  CEST: 'Europe/Brussels',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  BST: 'Europe/London',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  MSK: 'Europe/Moscow',
  МСК: 'Europe/Moscow',
  GST: 'Asia/Dubai',
  AST: 'Asia/Riyadh',
  IST: 'Asia/Kolkata',
};

/** An IANA zone for what a document wrote ("CET", "UTC+4", "Europe/Warsaw"), or null. */
export function ianaZoneOf(written: string): string | null {
  if (written.includes('/')) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: written });
      return written;
    } catch {
      return null;
    }
  }
  const offset = /^(?:UTC|GMT)([+-])(\d{1,2})(?::?00)?$/.exec(written);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    // Etc/GMT zones count the other way round: UTC+4 is Etc/GMT-4.
    return `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  return ZONES[written] ?? null;
}

const TOP_LINES = 12;

/**
 * The publication date (the first full date among the first lines, else the first date anywhere)
 * and an event's start and end (the first date with a time or a range of days, in the year of the
 * document when it names none).
 */
export function extractDates(text: string): TProposedField[] {
  const dates = findDates(text);
  if (dates.length === 0) return [];
  const fields: TProposedField[] = [];
  const lines = linesOf(text).filter((l) => l.text);
  const topEnd = lines[Math.min(TOP_LINES, lines.length) - 1]?.end ?? text.length;
  const top = dates.find((d) => d.start < topEnd && d.year !== null && d.day !== null);
  const publication = top ?? dates.find((d) => d.year !== null);
  const year = publication?.year ?? null;
  if (publication) {
    fields.push({
      field: 'date',
      value: isoDateOf(publication) ?? '',
      start: publication.start,
      end: publication.end,
      confidence: top ? 0.85 : 0.5,
      decision: 'proposed',
    });
  }
  const event = dates.find((d) => d.time !== undefined || d.endDay !== undefined);
  if (event) {
    const day = isoDateOf({ ...event, day: event.day }, year);
    if (day && event.day !== null) {
      const startTime = event.time ?? '00:00';
      fields.push({
        field: 'eventStart',
        value: `${day}T${startTime}`,
        start: event.start,
        end: event.end,
        confidence: event.time ? 0.75 : 0.55,
        decision: 'proposed',
      });
      const endDay = event.endDay ? isoDateOf({ ...event, day: event.endDay }, year) : day;
      const endTime = event.endTime ?? (event.endDay ? '23:59' : event.time ? null : '23:59');
      if (endDay && endTime)
        fields.push({
          field: 'eventEnd',
          value: `${endDay}T${endTime}`,
          start: event.start,
          end: event.end,
          confidence: 0.6,
          decision: 'proposed',
        });
      const zone = event.zone ? ianaZoneOf(event.zone) : null;
      if (zone)
        fields.push({
          field: 'timeZone',
          value: zone,
          start: event.start,
          end: event.end,
          confidence: 0.8,
          decision: 'proposed',
        });
    }
  }
  return fields;
}
