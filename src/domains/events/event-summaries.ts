import type { TDb } from '../../platform/db/database.ts';
import { eventText, formatRangeIn, zoneLabel } from './event-display.ts';
import { findEventById, findEventBySlug, type TEvent } from './events.repository.ts';

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
};

const isShown = (event: TEvent) => event.status === 'published' || event.status === 'cancelled';

/** The id of a published (or cancelled) event with this slug; undefined for drafts and unknown slugs. */
export async function findShownEventIdBySlug(db: TDb, slug: string): Promise<string | undefined> {
  const event = await findEventBySlug(db, slug);
  return event && isShown(event) ? event.id : undefined;
}

/** The shown events among `ids`, soonest first, as a reader of `locale` reads them. */
export async function readEventSummaries(
  db: TDb,
  ids: readonly string[],
  locale: string,
): Promise<TEventSummary[]> {
  const events = await Promise.all(ids.map((id) => findEventById(db, id)));
  return events
    .filter((e): e is TEvent => e !== undefined && isShown(e))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((e) => {
      const text = eventText(e, locale);
      return {
        id: e.id,
        slug: e.slug,
        isCancelled: e.status === 'cancelled',
        title: text.title,
        language: text.language,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        when: formatRangeIn(e.startsAt, e.endsAt, locale, e.timeZone),
        zone: zoneLabel(e.timeZone, e.startsAt, locale),
      };
    });
}
