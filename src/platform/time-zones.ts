/**
 * Wall-clock time in an IANA time zone, using only the Intl data Node ships with (ICU's tzdata):
 * validating zone names, the offset of a zone at an instant, turning a local date and time into
 * an instant — reporting a time that does not exist (a DST gap) or happens twice (a DST overlap)
 * with the valid alternatives — and listing a zone's transitions (for iCalendar VTIMEZONE).
 *
 * Local date-times are "YYYY-MM-DDTHH:MM" strings; instants are epoch milliseconds or ISO UTC.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/**
 * The zone's canonical name as Intl knows it ("europe/london" → "Europe/London"), or null when it is
 * not an IANA zone. Fixed offsets ("+01:00") and free text are refused: an event needs a real place's rules.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(trimmed) || trimmed.length > 64) return null;
  let zone: string;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // Only the zones the picker offers (Intl.supportedValuesOf plus UTC): "Etc/GMT+5" has no place's rules.
  return listedZones().has(zone) ? zone : null;
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

let zoneList: readonly string[] | undefined;
let zoneSet: ReadonlySet<string> | undefined;

function listedZones(): ReadonlySet<string> {
  zoneSet ??= new Set(listTimeZones());
  return zoneSet;
}

/** Every IANA zone Intl lists, plus UTC, sorted: for a zone picker. */
export function listTimeZones(): readonly string[] {
  if (!zoneList) {
    const listed = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf(
      'timeZone',
    );
    zoneList = [...new Set(['UTC', ...listed])].sort();
  }
  return zoneList;
}

type TWallParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallPartsAt(zone: string, instant: number): TWallParts {
  const values: Record<string, string> = {};
  for (const part of partsFormat(zone).formatToParts(new Date(instant))) values[part.type] = part.value;
  let year = Number(values.year);
  if (values.era === 'BC' || values.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour) % 24,
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's offset from UTC at an instant, in minutes (Europe/Warsaw in January: 60). Read from the
 * "longOffset" name ("GMT+01:00"), which is several times cheaper than formatting every date part.
 */
export function offsetMinutesAt(zone: string, instant: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const match = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(format.format(new Date(instant)));
  if (!match) return offsetFromParts(zone, instant);
  if (!match[1]) return 0;
  const total = Number(match[2]) * 60 + Number(match[3] ?? 0) + Number(match[4] ?? 0) / 60;
  return Math.round(match[1] === '-' ? -total : total);
}

function offsetFromParts(zone: string, instant: number): number {
  const floored = Math.floor(instant / 1000) * 1000;
  const p = wallPartsAt(zone, floored);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - floored) / minute);
}

/** "+01:00", "-05:00", "+05:45". */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Parses "2026-01-28T15:15" into epoch milliseconds *as if it were UTC*; null when not a real date and time. */
export function parseLocalDateTime(local: string): number | null {
  const match = localPattern.exec(local);
  if (!match) return null;
  const [year, month, dayOfMonth, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || hours > 23 || minutes > 59 || dayOfMonth < 1) return null;
  const value = Date.UTC(year, month - 1, dayOfMonth, hours, minutes);
  const check = new Date(value);
  if (check.getUTCDate() !== dayOfMonth || check.getUTCMonth() !== month - 1) return null;
  return value;
}

/** "2026-01-28" and "15:15" → "2026-01-28T15:15" (a time given with seconds loses them). */
export function joinLocal(date: string, time: string): string {
  return `${date.trim()}T${time.trim().slice(0, 5)}`;
}

/** The wall-clock time of an instant in a zone, as "YYYY-MM-DDTHH:MM". */
export function localDateTimeAt(zone: string, instant: number): string {
  const p = wallPartsAt(zone, instant);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

export type TWallTimeResolution =
  | { kind: 'exact'; instant: number; offsetMinutes: number }
  /** The local time was skipped (clocks jumped forward). Both alternatives are valid wall times. */
  | {
      kind: 'gap';
      /** The same moment written after the jump ("02:30" → "03:30"). */
      later: { local: string; instant: number; offsetMinutes: number };
      /** The same length before the jump ("02:30" → "01:30"). */
      earlier: { local: string; instant: number; offsetMinutes: number };
    }
  /** The local time happened twice (clocks went back): the first, then the second occurrence. */
  | {
      kind: 'overlap';
      earlier: { instant: number; offsetMinutes: number };
      later: { instant: number; offsetMinutes: number };
    };

/**
 * Turns a wall-clock time in a zone into an instant. A local time is valid under an offset `o` when
 * the zone's offset at (local − o) is `o` itself; the candidate offsets are those in force a day before
 * and a day after (no zone changes offset twice within a day).
 */
export function resolveWallTime(zone: string, local: string): TWallTimeResolution | null {
  const wall = parseLocalDateTime(local);
  if (wall === null) return null;
  const before = offsetMinutesAt(zone, wall - day);
  const after = offsetMinutesAt(zone, wall + day);
  const offsets = [...new Set([before, after, offsetMinutesAt(zone, wall)])];
  const valid = offsets
    .map((o) => ({ instant: wall - o * minute, offsetMinutes: o }))
    .filter((c) => offsetMinutesAt(zone, c.instant) === c.offsetMinutes)
    .sort((a, b) => a.instant - b.instant);
  const unique = valid.filter((c, i) => i === 0 || c.instant !== valid[i - 1]?.instant);
  const [first, second] = unique;
  if (first && second) return { kind: 'overlap', earlier: first, later: second };
  if (first) return { kind: 'exact', ...first };
  // A gap: read with the offset before the jump it lands after it, and with the offset after it lands before.
  const laterInstant = wall - before * minute;
  const earlierInstant = wall - after * minute;
  return {
    kind: 'gap',
    later: {
      local: localDateTimeAt(zone, laterInstant),
      instant: laterInstant,
      offsetMinutes: offsetMinutesAt(zone, laterInstant),
    },
    earlier: {
      local: localDateTimeAt(zone, earlierInstant),
      instant: earlierInstant,
      offsetMinutes: offsetMinutesAt(zone, earlierInstant),
    },
  };
}

export type TZoneTransition = {
  /** The first instant of the new offset. */
  at: number;
  fromOffsetMinutes: number;
  toOffsetMinutes: number;
};

const yearlyTransitions = new Map<string, readonly TZoneTransition[]>();

/** One calendar year's transitions (UTC year), sampled daily and narrowed to the minute; cached. */
function transitionsInYear(zone: string, year: number): readonly TZoneTransition[] {
  const key = `${zone}\u0000${year}`;
  const cached = yearlyTransitions.get(key);
  if (cached) return cached;
  const found: TZoneTransition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previousAt = Date.UTC(year, 0, 1);
  let previousOffset = offsetMinutesAt(zone, previousAt);
  while (previousAt < end) {
    const at = Math.min(previousAt + day, end);
    const offset = offsetMinutesAt(zone, at);
    if (offset !== previousOffset) {
      let low = previousAt;
      let high = at;
      while (high - low > minute) {
        const middle = low + Math.floor((high - low) / 2 / minute) * minute;
        if (offsetMinutesAt(zone, middle) === previousOffset) low = middle;
        else high = middle;
      }
      found.push({ at: high, fromOffsetMinutes: previousOffset, toOffsetMinutes: offset });
    }
    previousAt = at;
    previousOffset = offset;
  }
  yearlyTransitions.set(key, found);
  return found;
}

/** The zone's offset changes between two instants (at most one a day, which holds for every zone). */
export function transitionsBetween(zone: string, from: number, to: number): TZoneTransition[] {
  const found: TZoneTransition[] = [];
  for (let year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear(); year += 1) {
    for (const t of transitionsInYear(zone, year)) if (t.at > from && t.at <= to) found.push(t);
  }
  return found;
}

/** The zone's localized long name at an instant ("Greenwich Mean Time", "توقيت الخليج"). */
export function timeZoneDisplayName(
  zone: string,
  instant: number,
  locale: string,
  style: 'long' | 'short' = 'long',
): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
  return format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * The zones of a country (ISO alpha-2) as ICU's region data gives them, listed ones only
 * ("PL" → ["Europe/Warsaw"], "US" → 29 zones); empty when unknown. Node 20 has the `timeZones`
 * getter of Intl.Locale, later runtimes `getTimeZones()`.
 */
export function timeZonesOfCountry(countryCode: string): string[] {
  if (!/^[A-Za-z]{2}$/.test(countryCode)) return [];
  let found: readonly string[] | undefined;
  try {
    const region = new Intl.Locale(`und-${countryCode.toUpperCase()}`) as Intl.Locale & {
      getTimeZones?: () => string[];
      timeZones?: string[];
    };
    found = region.getTimeZones ? region.getTimeZones() : region.timeZones;
  } catch {
    return [];
  }
  return (found ?? []).filter((zone) => listedZones().has(zone));
}

/** The region of a zone's name, for grouping a picker: "Africa", "America", … "UTC" for UTC itself. */
export function timeZoneRegion(zone: string): string {
  return zone.split('/')[0] ?? zone;
}

const locationNames = new Map<string, string>();

/**
 * Where a zone is, in a language: in English the city part of its name ("America/Argentina/Rio_Gallegos"
 * → "Rio Gallegos"); in another language CLDR's location name as Intl gives it (`shortGeneric`: "Оман",
 * "توقيت بوينوس أيرس", "hora de Colombia") — the zone's translated name rather than an English city.
 * Where Intl has only an abbreviation or an offset for it ("CET", "GMT+4"), the English city stays.
 */
export function timeZoneCity(zone: string, locale = 'en', instant = Date.now()): string {
  const city = (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
  if (locale === 'en' || !zone.includes('/')) return city;
  const key = `${locale}\u0000${zone}`;
  let name = locationNames.get(key);
  if (name === undefined) {
    try {
      const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortGeneric' });
      name = format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      name = '';
    }
    if (/^[A-Z]{2,5}$|GMT|UTC|[+−-]\d/.test(name)) name = '';
    locationNames.set(key, name);
  }
  return name || city;
}

const genericNames = new Map<string, string>();

/**
 * The zone's generic name in a language, without a season ("Central European Time", "توقيت الخليج"):
 * `longGeneric` where the runtime has it, else the long name. Cached per language and zone.
 */
export function timeZoneGenericName(zone: string, locale: string, instant: number): string {
  const key = `${locale}\u0000${zone}`;
  let name = genericNames.get(key);
  if (name === undefined) {
    try {
      const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' });
      name = format.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      name = timeZoneDisplayName(zone, instant, locale, 'long');
    }
    genericNames.set(key, name);
  }
  return name;
}
