import { offsetMinutesAt, timeZoneDisplayName, transitionsBetween } from './time-zones.ts';

/**
 * An iCalendar (RFC 5545) writer. Events keep their own IANA zone: DTSTART/DTEND carry a TZID and the
 * calendar carries a VTIMEZONE for it, built from the zone's actual transitions (Intl/ICU data) around
 * the events, so calendar programs show the right time even where their own zone data is older.
 */
export type TCalendarEvent = {
  /** Stable across edits: "<event id>@<host>". */
  uid: string;
  /** Bumped on every change people should notice; calendar programs replace the older copy. */
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  geo?: { latitude: number; longitude: number };
  categories?: readonly string[];
  organizer?: { name: string; email?: string };
  timeZone: string;
  /** Wall-clock start and end in the event's zone: "2026-01-28T15:15". */
  startLocal: string;
  endLocal: string;
  /** The same moments as instants (epoch ms), for choosing the VTIMEZONE's range. */
  startsAt: number;
  endsAt: number;
  createdAt?: string;
  updatedAt?: string;
};

export type TCalendar = {
  /** PRODID's product part. */
  productId: string;
  name: string;
  description?: string;
  /** How often subscribers should refresh, in hours (feeds only). */
  refreshHours?: number;
  events: readonly TCalendarEvent[];
  /** DTSTAMP: when this file was made. */
  now: Date;
};

const crlf = '\r\n';

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const length = encoder.encode(char).length;
    if (size + length > limit) {
      pieces.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += length;
  }
  pieces.push(current);
  return pieces.join(`${crlf} `);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** "2026-01-28T15:15" → "20260128T151500". */
function localStamp(local: string): string {
  return `${local.replace(/[-:]/g, '')}00`;
}

function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStampAt(instant: number, offsetMinutes: number): string {
  return utcStamp(new Date(instant + offsetMinutes * 60_000)).replace(/Z$/, '');
}

function isDaylight(zone: string, instant: number, offset: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  const january = offsetMinutesAt(zone, Date.UTC(year, 0, 1));
  const july = offsetMinutesAt(zone, Date.UTC(year, 6, 1));
  return offset > Math.min(january, july);
}

function zoneAbbreviation(zone: string, instant: number): string {
  return timeZoneDisplayName(zone, instant, 'en-GB', 'short');
}

/**
 * A VTIMEZONE covering [from, to]: the offset in force at `from`, then one STANDARD or DAYLIGHT
 * component per transition (explicit DTSTARTs rather than RRULEs, so past rule changes are right).
 */
export function buildTimeZone(zone: string, from: number, to: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const initial = offsetMinutesAt(zone, from);
  const components: Array<{ at: number; from: number; to: number }> = [
    { at: from, from: initial, to: initial },
    ...transitionsBetween(zone, from, to).map((t) => ({
      at: t.at,
      from: t.fromOffsetMinutes,
      to: t.toOffsetMinutes,
    })),
  ];
  for (const c of components) {
    const kind = isDaylight(zone, c.at, c.to) ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStampAt(c.at, c.from)}`,
      `TZOFFSETFROM:${icalOffset(c.from)}`,
      `TZOFFSETTO:${icalOffset(c.to)}`,
      `TZNAME:${escapeText(zoneAbbreviation(zone, c.at))}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function eventLines(event: TCalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `DTSTART;TZID=${event.timeZone}:${localStamp(event.startLocal)}`,
    `DTEND;TZID=${event.timeZone}:${localStamp(event.endLocal)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude.toFixed(6)};${event.geo.longitude.toFixed(6)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories && event.categories.length > 0) {
    lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  }
  if (event.organizer) {
    const name = event.organizer.name.replace(/["\r\n]/g, '');
    lines.push(`ORGANIZER;CN="${name}":mailto:${event.organizer.email ?? 'no-reply@invalid'}`);
  }
  if (event.createdAt) lines.push(`CREATED:${utcStamp(new Date(event.createdAt))}`);
  if (event.updatedAt) lines.push(`LAST-MODIFIED:${utcStamp(new Date(event.updatedAt))}`);
  if (event.status === 'CANCELLED') lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file, CRLF line endings, lines folded. */
export function buildCalendar(calendar: TCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${calendar.productId}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
  if (calendar.refreshHours) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`);
    lines.push(`X-PUBLISHED-TTL:PT${calendar.refreshHours}H`);
  }
  const ranges = new Map<string, { from: number; to: number }>();
  for (const event of calendar.events) {
    const range = ranges.get(event.timeZone);
    ranges.set(event.timeZone, {
      from: Math.min(range?.from ?? Number.POSITIVE_INFINITY, event.startsAt),
      to: Math.max(range?.to ?? Number.NEGATIVE_INFINITY, event.endsAt),
    });
  }
  const year = 366 * 86_400_000;
  for (const [zone, range] of [...ranges].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...buildTimeZone(zone, range.from - year, range.to + year));
  }
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.now));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join(crlf)}${crlf}`;
}
