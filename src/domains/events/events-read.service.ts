import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { pageWithTotal } from '../../core/listing.ts';
import { sectionWithRecords, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { listRecommendations } from './event-outcomes.repository.ts';
import type { TEvent } from './events.record.ts';
import {
  countEvents,
  findEventBySlug,
  listEvents,
  listMemberOrganizationChoices,
  listSitemapRows,
  type TEventListFilter,
} from './events.repository.ts';

/** Reading events for pages and the API: what routes call instead of the repositories. */
export type { TEvent, TEventListFilter };

/** The events matching a filter, a page at a time from an offset, with how many match in all. */
export function readEventPage(deps: TDeps, filter: TEventListFilter, limit: number, offset: number) {
  return pageWithTotal(listEvents(deps.db, filter, limit, offset), countEvents(deps.db, filter));
}

/** An event's recommendations, in their order (the event must already have been read and shown). */
export function readEventRecommendations(deps: TDeps, eventId: string) {
  return listRecommendations(deps.db, eventId);
}

/** The event as it is now, read again by slug with no check (for a page that already showed it). */
export function rereadEvent(deps: TDeps, slug: string): Promise<TEvent | undefined> {
  return findEventBySlug(deps.db, slug);
}

/** The member organisations a person may name as an event's organiser: all for curators, else their own. */
export async function readOrganizerChoices(deps: TDeps, actor: TActor) {
  const all = await listMemberOrganizationChoices(deps.db);
  if (isCurator(actor)) return all;
  const own = new Set(writerOrganizationIds(actor));
  return all.filter((o) => own.has(o.id));
}

/** The events section and every public event's page, for /sitemap.xml (core/sitemap.ts). */
export const eventSitemapSource: TSitemapSource = {
  name: 'events',
  entries: async (deps) => sectionWithRecords('/events', await listSitemapRows(deps.db, 20_000)),
};
