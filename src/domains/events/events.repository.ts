import type { Insertable, Selectable, Updateable } from 'kysely';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TSitemapRow } from '../../core/sitemap.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TEventFormat, TEventKind, TEventStatus, TRegistrationMode } from './event-vocabulary.ts';
import type { TEvent, TEventOrganizer, TOutcome } from './events.record.ts';

/**
 * The events domain's SQL for events themselves: rows, organisers, facets and the calendar's listing.
 * Registrations and outcomes have their own repository files. Every function takes the database or
 * a transaction.
 */

export type TEventRow = Selectable<Database['events']>;
export type TNewEventRow = Insertable<Database['events']>;
export type TEventPatch = Updateable<Database['events']>;

export function toEvent(row: TEventRow, organizers: TEventOrganizer[]): TEvent {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TEventStatus,
    kind: row.kind as TEventKind,
    format: row.format as TEventFormat,
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    translations: parseJson(row.translations, {}),
    timeZone: row.time_zone,
    startLocal: row.start_local,
    endLocal: row.end_local,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: row.venue,
    address: row.address,
    city: row.city,
    countryCode: row.country_code,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    onlineUrl: row.online_url,
    isOnlineUrlPrivate: Number(row.is_online_url_private) === 1,
    registrationMode: row.registration_mode as TRegistrationMode,
    registrationUrl: row.registration_url,
    capacity: row.capacity === null ? null : Number(row.capacity),
    questions: parseJson(row.questions, []),
    confirmedCount: Number(row.confirmed_count),
    languages: parseJson(row.languages, []),
    interpretation: parseJson(row.interpretation, []),
    themes: parseJson(row.themes, []),
    relatedPractices: parseJson(row.related_practices, []),
    relatedCommitments: parseJson(row.related_commitments, []),
    outcome: parseJson<TOutcome | null>(row.outcome, null),
    sequence: Number(row.sequence),
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    cancelledAt: row.cancelled_at,
    audience: row.audience === 'community' ? 'community' : 'public',
    communityId: row.community_id,
    organizers,
  };
}

export async function insertEvent(db: TDb, row: TNewEventRow): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

/** Writes a change only if nobody else saved since `version` was read; false when someone did. */
export async function updateEventRow(
  db: TDb,
  id: string,
  version: number,
  patch: TEventPatch,
): Promise<boolean> {
  return updateAtVersion(db, 'events', id, version, patch);
}

export async function isEventSlugTaken(db: TDb, slug: string): Promise<boolean> {
  const row = await db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

async function organizersOf(db: TDb, eventIds: readonly string[]): Promise<Map<string, TEventOrganizer[]>> {
  const byEvent = new Map<string, TEventOrganizer[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .selectFrom('event_organizers')
    .innerJoin('organizations', 'organizations.id', 'event_organizers.organization_id')
    .select([
      'event_organizers.event_id as eventId',
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.translations',
    ])
    .where('event_organizers.event_id', 'in', [...eventIds])
    .orderBy('event_organizers.position')
    .execute();
  for (const row of rows) {
    const list = byEvent.get(row.eventId) ?? [];
    list.push({
      id: row.id,
      slug: row.slug,
      name: row.name,
      nameTranslations: parseJson<{ name?: Record<string, string> }>(row.translations, {}).name ?? {},
    });
    byEvent.set(row.eventId, list);
  }
  return byEvent;
}

async function withOrganizers(db: TDb, rows: TEventRow[]): Promise<TEvent[]> {
  const organizers = await organizersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toEvent(row, organizers.get(row.id) ?? []));
}

export async function findEventBySlug(db: TDb, slug: string): Promise<TEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? (await withOrganizers(db, [row]))[0] : undefined;
}

export async function findEventById(db: TDb, id: string): Promise<TEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withOrganizers(db, [row]))[0] : undefined;
}

/** The events a community holds (meetings planned from its page), whatever their status. */
export async function listEventsHeldBy(db: TDb, communityId: string): Promise<TEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('community_id', '=', communityId).execute();
  return withOrganizers(db, rows);
}

/** Who the event is for: not a new version of what its organisers wrote (an open edit form still saves). */
export async function setEventAudience(db: TDb, id: string, audience: string, at: string): Promise<void> {
  await db.updateTable('events').set({ audience, updated_at: at }).where('id', '=', id).execute();
}

/** Every event's id, batch by batch, for a search reindex. */
export const eventRows = recordRows('events', async (db, ids) => {
  const rows = await db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
  return withOrganizers(db, rows);
});

export async function replaceOrganizers(
  db: TDb,
  eventId: string,
  organizationIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('event_organizers').where('event_id', '=', eventId).execute();
  if (organizationIds.length === 0) return;
  await db
    .insertInto('event_organizers')
    .values(organizationIds.map((id, position) => ({ event_id: eventId, organization_id: id, position })))
    .execute();
}

export async function replaceEventFacets(
  db: TDb,
  eventId: string,
  facets: readonly { facet: string; value: string }[],
): Promise<void> {
  await db.deleteFrom('event_facets').where('event_id', '=', eventId).execute();
  const unique = [...new Map(facets.map((f) => [`${f.facet}\u0000${f.value}`, f])).values()];
  if (unique.length === 0) return;
  await db
    .insertInto('event_facets')
    .values(unique.map((f) => ({ event_id: eventId, facet: f.facet, value: f.value })))
    .execute();
}

export type TEventListFilter = {
  statuses: readonly TEventStatus[];
  /** Events that end at or after this instant (ISO UTC). */
  endsFrom?: string;
  /** Events that start before this instant (ISO UTC). */
  startsBefore?: string;
  /** Events that ended before this instant (ISO UTC): the past. */
  endsBefore?: string;
  /** Events that start at or after this instant (ISO UTC). */
  startsFrom?: string;
  /** Facet → accepted values (values of one facet are alternatives; facets combine). */
  facets?: Record<string, readonly string[]>;
  /** Only events organised by one of these organisations, or created by this person. */
  managedBy?: { organizationIds: readonly string[]; userId: string | null };
  order?: 'soonest' | 'latest';
  /**
   * `public` (the default): only events of the public calendar; `any` also lists events held for a
   * community, for lists that are not public (an organiser's own events).
   */
  audience?: 'public' | 'any';
};

function filteredEvents(db: TDb, filter: TEventListFilter) {
  let query = db.selectFrom('events').where('events.status', 'in', [...filter.statuses]);
  if (filter.audience !== 'any') query = query.where('events.audience', '=', 'public');
  if (filter.endsFrom) query = query.where('events.ends_at', '>=', filter.endsFrom);
  if (filter.startsBefore) query = query.where('events.starts_at', '<', filter.startsBefore);
  if (filter.endsBefore) query = query.where('events.ends_at', '<', filter.endsBefore);
  if (filter.startsFrom) query = query.where('events.starts_at', '>=', filter.startsFrom);
  for (const [facet, values] of Object.entries(filter.facets ?? {})) {
    if (values.length === 0) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_facets')
          .select('event_facets.event_id')
          .whereRef('event_facets.event_id', '=', 'events.id')
          .where('event_facets.facet', '=', facet)
          .where('event_facets.value', 'in', [...values]),
      ),
    );
  }
  const managed = filter.managedBy;
  if (managed) {
    query = query.where((eb) =>
      eb.or([
        eb('events.created_by', '=', managed.userId ?? ''),
        eb.exists(
          eb
            .selectFrom('event_organizers')
            .select('event_organizers.event_id')
            .whereRef('event_organizers.event_id', '=', 'events.id')
            .where('event_organizers.organization_id', 'in', ['', ...managed.organizationIds]),
        ),
      ]),
    );
  }
  return query;
}

export async function listEvents(
  db: TDb,
  filter: TEventListFilter,
  limit: number,
  offset = 0,
): Promise<TEvent[]> {
  const direction = filter.order === 'latest' ? 'desc' : 'asc';
  const rows = await filteredEvents(db, filter)
    .selectAll('events')
    .orderBy('events.starts_at', direction)
    .orderBy('events.id', direction)
    .limit(limit)
    .offset(offset)
    .execute();
  return withOrganizers(db, rows);
}

export async function countEvents(db: TDb, filter: TEventListFilter): Promise<number> {
  const row = await filteredEvents(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** How many events of the (facet-free) filter carry each facet value: the calendar's filter counts. */
export async function countEventFacets(
  db: TDb,
  filter: TEventListFilter,
): Promise<{ facet: string; value: string; count: number }[]> {
  const rows = await filteredEvents(db, { ...filter, facets: {} })
    .innerJoin('event_facets', 'event_facets.event_id', 'events.id')
    .select(['event_facets.facet', 'event_facets.value', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['event_facets.facet', 'event_facets.value'])
    .execute();
  return rows
    .map((r) => ({ facet: r.facet, value: r.value, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count);
}

/** Member organisations by slug (only members may organise, endorse or publish news). */
export async function findMemberOrganizations(
  db: TDb,
  slugs: readonly string[],
): Promise<{ id: string; slug: string; name: string }[]> {
  if (slugs.length === 0) return [];
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name'])
    .where('slug', 'in', [...slugs])
    .where('membership_status', '=', 'member')
    .execute();
}

/** Every member organisation, for organisers' pickers: id, slug and name, by name. */
export async function listMemberOrganizationChoices(
  db: TDb,
): Promise<{ id: string; slug: string; name: string; countries: string[] }[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'countries'])
    .where('membership_status', '=', 'member')
    .orderBy('name')
    .limit(2000)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    countries: countryList(row.countries),
  }));
}

/** The organisation's countries column (a JSON array of ISO codes); empty when unreadable. */
function countryList(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/** Public events' pages for the sitemap (published or cancelled, not a community's own meeting). */
export function listSitemapRows(db: TDb, limit: number): Promise<TSitemapRow[]> {
  return db
    .selectFrom('events')
    .select(['slug', 'language', 'updated_at as updatedAt'])
    .where('status', 'in', ['published', 'cancelled'])
    .where('audience', '=', 'public')
    .limit(limit)
    .execute();
}
