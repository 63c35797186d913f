import { formatOffset, offsetMinutesAt, timeZoneDisplayName } from '../../platform/time-zones.ts';
import type { TEvent } from './events.record.ts';

/**
 * How an event reads in a language and a time zone: its text (the translation when there is one),
 * its start and end in any zone, and the zone's name with its offset at that moment.
 */
export type TEventText = { title: string; summary: string; description: string; language: string };

export function eventText(
  event: Pick<TEvent, 'title' | 'summary' | 'description' | 'language' | 'translations'>,
  locale: string,
): TEventText {
  const translation = event.translations[locale];
  if (locale === event.language || !translation) {
    return {
      title: event.title,
      summary: event.summary,
      description: event.description,
      language: event.language,
    };
  }
  return {
    title: translation.title ?? event.title,
    summary: translation.summary ?? event.summary,
    description: translation.description ?? event.description,
    language: translation.title ? locale : event.language,
  };
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

function rangeFormat(locale: string, zone: string, withDate: 'full' | 'medium'): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${withDate}`;
  let format = rangeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: withDate, timeStyle: 'short', timeZone: zone });
    rangeFormats.set(key, format);
  }
  return format;
}

/** "Wednesday, 28 January 2026, 15:15 – 17:30" in the language's own way, in the given zone. */
export function formatRangeIn(
  startsAt: string,
  endsAt: string,
  locale: string,
  zone: string,
  style: 'full' | 'medium' = 'full',
): string {
  return rangeFormat(locale, zone, style).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "UTC+01:00" at an instant (the offset can differ between an event's start and end). */
export function offsetLabel(zone: string, instant: string): string {
  return `UTC${formatOffset(offsetMinutesAt(zone, Date.parse(instant)))}`;
}

/** The zone as people recognise it: "Greenwich Mean Time (Europe/London, UTC+00:00)". */
export function zoneLabel(zone: string, instant: string, locale: string): string {
  const name = timeZoneDisplayName(zone, Date.parse(instant), locale, 'long');
  return `${name} (${zone}, ${offsetLabel(zone, instant)})`;
}

/** The event's times as one line for e-mails and feeds: range, then the zone. */
export function whenLine(event: Pick<TEvent, 'startsAt' | 'endsAt' | 'timeZone'>, locale: string): string {
  return `${formatRangeIn(event.startsAt, event.endsAt, locale, event.timeZone)} · ${zoneLabel(event.timeZone, event.startsAt, locale)}`;
}

/** True when an instant reads the same in both zones (same wall-clock time and date). */
export function isSameWallTime(a: string, b: string, startsAt: string, endsAt: string): boolean {
  return [startsAt, endsAt].every(
    (at) => offsetMinutesAt(a, Date.parse(at)) === offsetMinutesAt(b, Date.parse(at)),
  );
}
