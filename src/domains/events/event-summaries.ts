import type { TDb } from '../../platform/db/database.ts';
import { eventText, formatRangeIn, zoneLabel } from './event-display.ts';
import type { TEvent } from './events.record.ts';
import { countEvents, findEventById, findEventBySlug, listEvents } from './events.repository.ts';

/**
 * Events as other domains show them (a community's meetings): only events the public calendar shows
 * (published or cancelled, never drafts), with their title in the reader's language and their times
 * in the event's own zone.
 */
export type TEventSummary = {
  id: string;
  slug: string;
  isCancelled: boolean;
  title: string;
  language: string;
  startsAt: string;
  endsAt: string;
  /** "Wednesday, 28 January 2026, 15:15 – 17:30" in the reader's language, in the event's zone. */
  when: string;
  /** The zone as people recognise it, with its offset at the start. */
  zone: string;
  /** The event's IANA zone ("Asia/Muscat"), for a script that shows the reader's own time beside it. */
  timeZone: string;
  city: string | null;
  countryCode: string | null;
  format: TEvent['format'];
};

const isShown = (event: TEvent) => event.status === 'published' || event.status === 'cancelled';

/**
 * The id of a published (or cancelled) event of the public calendar with this slug; undefined for
 * drafts, unknown slugs and events held for a community's readers (ADR 0070).
 */
export async function findShownEventIdBySlug(db: TDb, slug: string): Promise<string | undefined> {
  const event = await findEventBySlug(db, slug);
  return event && isShown(event) && event.audience === 'public' ? event.id : undefined;
}

/**
 * The shown events among `ids`, soonest first, as a reader of `locale` reads them: events held for a
 * community's readers too, so the caller (a community's page, feed or API) must have checked who reads.
 */
export async function readEventSummaries(
  db: TDb,
  ids: readonly string[],
  locale: string,
): Promise<TEventSummary[]> {
  const events = await Promise.all(ids.map((id) => findEventById(db, id)));
  return events
    .filter((e): e is TEvent => e !== undefined && isShown(e))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((e) => summaryOf(e, locale));
}

/**
 * The next published events (not cancelled) that have not ended at `now`, soonest first, with how many
 * there are in all: the home page's "next events".
 */
export async function readUpcomingEventSummaries(
  db: TDb,
  now: Date,
  limit: number,
  locale: string,
): Promise<{ events: TEventSummary[]; upcoming: number }> {
  const filter = { statuses: ['published'] as const, endsFrom: now.toISOString(), order: 'soonest' as const };
  const [events, upcoming] = await Promise.all([listEvents(db, filter, limit), countEvents(db, filter)]);
  return { events: events.map((e) => summaryOf(e, locale, 'medium')), upcoming };
}

function summaryOf(e: TEvent, locale: string, style?: 'medium'): TEventSummary {
  const text = eventText(e, locale);
  return {
    id: e.id,
    slug: e.slug,
    isCancelled: e.status === 'cancelled',
    title: text.title,
    language: text.language,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    when: formatRangeIn(e.startsAt, e.endsAt, locale, e.timeZone, style),
    zone: zoneLabel(e.timeZone, e.startsAt, locale),
    timeZone: e.timeZone,
    city: e.city,
    countryCode: e.countryCode,
    format: e.format,
  };
}
