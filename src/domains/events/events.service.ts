import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { changeRecord } from '../../core/record-changes.ts';
import { uniqueSlug } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { eventResourceFor, isInEventAudience, type TEventAudience } from './event-audience.ts';
import { syncEventIndex } from './event-indexing.ts';
import { promoteWaiting } from './event-registrations.service.ts';
import { scheduleEventReminders } from './event-reminders.service.ts';
import { resolveEventTimes } from './event-times.ts';
import type { TEventStatus } from './event-vocabulary.ts';
import { authorize, resourceOf } from './events.policy.ts';
import type { TEvent } from './events.record.ts';
import {
  findEventById,
  findEventBySlug,
  findMemberOrganizations,
  insertEvent,
  isEventSlugTaken,
  listEventsHeldBy,
  replaceEventFacets,
  replaceOrganizers,
  setEventAudience,
  type TEventPatch,
  updateEventRow,
} from './events.repository.ts';
import { type TEventInput, ZEventInput } from './events.schemas.ts';

/**
 * Writing events: create a draft, edit, publish, cancel. Every change is authorised, validated, made
 * in one transaction with its audit entry, and bumps the iCalendar SEQUENCE when calendars must update.
 */
export type TWriteOptions = { requestId?: string | null; expectedVersion?: number };

/** Validates with the shared schema; throws validation_failed with one message key per field. */
export function parseEventInput(raw: unknown): TEventInput {
  return parseOrThrow(ZEventInput, raw);
}

/** Words that are pages under /events, never event slugs. */
const reservedSlugs = new Set(['new', 'mine', 'recommendations', 'time-zone', 'calendar']);

/** The title's slug, else with the year ("…-2026"), else numbered ("…-2026-2"). */
function chooseSlug(db: TDb, wanted: string, year: string): Promise<string> {
  return uniqueSlug(wanted, (slug) => isEventSlugTaken(db, slug), {
    fallback: 'event',
    reserved: reservedSlugs,
    candidates: (base) => [base, `${base.slice(0, 54)}-${year}`],
  });
}

/** The organising organisations: members only; people other than curators name only their own. */
async function resolveOrganizers(db: TDb, actor: TActor, slugs: readonly string[]): Promise<string[]> {
  const found = await findMemberOrganizations(db, slugs);
  if (found.length !== slugs.length) {
    throw new AppError('validation_failed', { fieldErrors: { organizers: 'events.errors.organizers' } });
  }
  const allowed = new Set(writerOrganizationIds(actor));
  const ids = slugs.map((slug) => found.find((o) => o.slug === slug)?.id ?? '');
  if (!isCurator(actor)) {
    if (ids.length === 0 || ids.some((id) => !allowed.has(id))) {
      throw new AppError('validation_failed', { fieldErrors: { organizers: 'events.errors.organizers' } });
    }
  }
  return ids;
}

function facetsOf(input: TEventInput, organizerSlugs: readonly string[]) {
  return [
    { facet: 'kind', value: input.kind },
    { facet: 'format', value: input.format },
    ...input.themes.map((value) => ({ facet: 'theme', value })),
    ...(input.countryCode ? [{ facet: 'country', value: input.countryCode }] : []),
    ...[input.language, ...input.languages].map((value) => ({ facet: 'language', value })),
    ...organizerSlugs.map((value) => ({ facet: 'organizer', value })),
  ];
}

function columnsOf(input: TEventInput, times: ReturnType<typeof resolveEventTimes>) {
  return {
    kind: input.kind,
    format: input.format,
    language: input.language,
    title: input.title,
    summary: input.summary,
    description: input.description,
    translations: JSON.stringify(input.translations),
    time_zone: times.timeZone,
    start_local: times.startLocal,
    end_local: times.endLocal,
    starts_at: times.startsAt,
    ends_at: times.endsAt,
    venue: input.venue,
    address: input.address,
    city: input.city,
    country_code: input.countryCode,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    online_url: input.onlineUrl,
    is_online_url_private: input.isOnlineUrlPrivate ? 1 : 0,
    registration_mode: input.registrationMode,
    registration_url: input.registrationMode === 'external' ? input.registrationUrl : null,
    capacity: input.registrationMode === 'platform' ? input.capacity : null,
    questions: JSON.stringify(input.registrationMode === 'platform' ? input.questions : []),
    languages: JSON.stringify([...new Set(input.languages)]),
    interpretation: JSON.stringify([...new Set(input.interpretation)]),
    themes: JSON.stringify(input.themes),
    related_practices: JSON.stringify(input.relatedPractices),
    related_commitments: JSON.stringify(input.relatedCommitments),
  } satisfies TEventPatch;
}

export async function createEvent(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions & { status?: Extract<TEventStatus, 'draft' | 'published'> } = {},
): Promise<TEvent> {
  authorize(actor, 'create');
  const input = parseEventInput(raw);
  const times = resolveEventTimes(input);
  const at = deps.clock.now().toISOString();
  const status = options.status ?? 'draft';
  const event = await deps.db.transaction().execute(async (trx) => {
    const organizerIds = await resolveOrganizers(trx, actor, input.organizers);
    return insertNewEvent(
      deps,
      trx,
      { userId: actor.userId, requestId: options.requestId, at },
      {
        input,
        times,
        organizerIds,
        status,
      },
    );
  });
  if (event.status !== 'draft') bumpContentVersion();
  return event;
}

/**
 * A published event that another domain holds (a community's meeting, ADR 0061), written inside that
 * domain's transaction: the caller has authorised the person by its own rules (a community's
 * facilitator need not organise events for an organisation). No organising organisation: the person
 * who created it manages it, as for any event organised in no organisation's name. The caller bumps
 * the content version after its commit.
 */
export async function createHeldEvent(
  deps: TDeps,
  trx: TDb,
  by: { userId: string; requestId?: string | null; at: string },
  raw: unknown,
  holder: { communityId: string; audience: TEventAudience },
): Promise<TEvent> {
  const input = { ...parseEventInput(raw), organizers: [] };
  const times = resolveEventTimes(input);
  return insertNewEvent(deps, trx, by, {
    input,
    times,
    organizerIds: [],
    status: 'published',
    holder,
  });
}

/**
 * The events a community holds follow it when it turns private or public (ADR 0070), inside the
 * caller's transaction: their audience changes and the search index follows at once, so a private
 * community's meeting is never findable after commit. Audited per event; answers how many changed.
 * The caller bumps the content version after its commit (the home page lists upcoming events).
 */
export async function changeHeldEventsAudience(
  deps: TDeps,
  trx: TDb,
  by: { userId: string | null; requestId?: string | null; at: string },
  communityId: string,
  audience: TEventAudience,
): Promise<number> {
  const held = await listEventsHeldBy(trx, communityId);
  let changed = 0;
  for (const event of held) {
    if (event.audience === audience) continue;
    await setEventAudience(trx, event.id, audience, by.at);
    await audit(
      trx,
      { actorId: by.userId, requestId: by.requestId, at: by.at },
      'events.audience_changed',
      { type: 'event', id: event.id },
      { slug: event.slug, audience: { from: event.audience, to: audience } },
    );
    const after = await findEventById(trx, event.id);
    if (after) await syncEventIndex(deps, after, trx);
    changed += 1;
  }
  return changed;
}

async function insertNewEvent(
  deps: TDeps,
  trx: TDb,
  by: { userId: string | null; requestId?: string | null; at: string },
  event: {
    input: TEventInput;
    times: ReturnType<typeof resolveEventTimes>;
    organizerIds: string[];
    status: Extract<TEventStatus, 'draft' | 'published'>;
    holder?: { communityId: string; audience: TEventAudience };
  },
): Promise<TEvent> {
  const { input, times, organizerIds, status, holder } = event;
  const { at } = by;
  const id = newId(Date.parse(at));
  const slug = await chooseSlug(trx, input.title, times.startLocal.slice(0, 4));
  await insertEvent(trx, {
    id,
    slug,
    status,
    ...columnsOf(input, times),
    created_by: by.userId,
    created_at: at,
    updated_at: at,
    published_at: status === 'published' ? at : null,
    audience: holder?.audience ?? 'public',
    community_id: holder?.communityId ?? null,
  });
  await replaceOrganizers(trx, id, organizerIds);
  await replaceEventFacets(trx, id, facetsOf(input, input.organizers));
  await scheduleEventReminders(deps, trx, {
    id,
    status,
    startsAt: times.startsAt,
    registrationMode: input.registrationMode,
  });
  await audit(
    trx,
    { actorId: by.userId, requestId: by.requestId, at },
    'events.created',
    { type: 'event', id },
    {
      slug,
      status,
      timeZone: times.timeZone,
      startsAt: times.startsAt,
      ...(holder?.audience === 'community' ? { audience: holder.audience } : {}),
    },
  );
  const created = await findEventById(trx, id);
  if (!created) throw new AppError('internal');
  await syncEventIndex(deps, created, trx);
  return created;
}

export async function updateEvent(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<TEvent> {
  // Parsed once the actor may edit it (a refusal comes before a form's mistakes).
  let input!: TEventInput;
  let times!: ReturnType<typeof resolveEventTimes>;
  let promoted = 0;
  const { saved } = await changeRecord(deps, actor, {
    slug,
    requestId: options.requestId,
    find: findEventBySlug,
    check: (current) => {
      authorize(actor, 'edit', resourceOf(current));
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw new AppError('conflict');
      }
      input = parseEventInput(raw);
      times = resolveEventTimes(input);
    },
    save: async (trx, current, at) => {
      const organizerIds = await resolveOrganizers(trx, actor, input.organizers);
      const isSaved = await updateEventRow(trx, current.id, current.version, {
        ...columnsOf(input, times),
        updated_at: at,
        version: current.version + 1,
        sequence: current.sequence + 1,
      });
      if (!isSaved) return false;
      await replaceOrganizers(trx, current.id, organizerIds);
      await replaceEventFacets(trx, current.id, facetsOf(input, input.organizers));
      // More seats (or none to count) may let people in from the waiting list.
      promoted = await promoteWaiting(deps, trx, current.id, at);
      await scheduleEventReminders(deps, trx, {
        id: current.id,
        status: current.status,
        startsAt: times.startsAt,
        registrationMode: input.registrationMode,
      });
      return true;
    },
    alongside: (trx, _current, saved) => syncEventIndex(deps, saved, trx),
    audit: {
      action: 'events.updated',
      subjectType: 'event',
      details: (current) => ({
        slug,
        version: current.version + 1,
        ...(times.startsAt !== current.startsAt ? { startsAt: times.startsAt } : {}),
        ...(times.timeZone !== current.timeZone ? { timeZone: times.timeZone } : {}),
        ...(promoted > 0 ? { promoted } : {}),
      }),
    },
  });
  // The home page lists the next published events: its cached copies go, on every node.
  if (saved.status !== 'draft') bumpContentVersion();
  return saved;
}

const statusAfter = { publish: 'published', cancel: 'cancelled' } as const satisfies Record<
  string,
  TEventStatus
>;

async function moveStatus(
  deps: TDeps,
  actor: TActor,
  slug: string,
  action: 'publish' | 'cancel',
  options: TWriteOptions,
): Promise<TEvent> {
  const { saved } = await changeRecord(deps, actor, {
    slug,
    requestId: options.requestId,
    find: findEventBySlug,
    check: (current) => authorize(actor, action, resourceOf(current)),
    save: (trx, current, at) =>
      updateEventRow(trx, current.id, current.version, {
        status: statusAfter[action],
        updated_at: at,
        version: current.version + 1,
        sequence: current.sequence + (action === 'cancel' ? 1 : 0),
        ...(action === 'publish' ? { published_at: current.publishedAt ?? at } : { cancelled_at: at }),
      }),
    alongside: async (trx, _current, after) => {
      await scheduleEventReminders(deps, trx, after);
      // The index follows in the same transaction, as for practices: a cancelled event leaves it.
      await syncEventIndex(deps, after, trx);
    },
    audit: {
      action: action === 'publish' ? 'events.published' : 'events.cancelled',
      subjectType: 'event',
      details: () => ({ slug }),
    },
  });
  bumpContentVersion();
  return saved;
}

export function publishEvent(deps: TDeps, actor: TActor, slug: string, options: TWriteOptions = {}) {
  return moveStatus(deps, actor, slug, 'publish', options);
}

export function cancelEvent(deps: TDeps, actor: TActor, slug: string, options: TWriteOptions = {}) {
  return moveStatus(deps, actor, slug, 'cancel', options);
}

/**
 * An event the person may see, or not_found: a draft for those who manage it, and an event held for a
 * community only for that community's readers (the same neutral answer as an unknown address, ADR 0035).
 */
export async function readEvent(deps: TDeps, actor: TActor, slug: string): Promise<TEvent> {
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  authorize(actor, 'view', await eventResourceFor(deps, actor, event));
  return event;
}

const isShownStatus = (event: TEvent) => event.status === 'published' || event.status === 'cancelled';

/**
 * An event of the public calendar (published or cancelled, for everyone), else undefined: for the API
 * and feeds. An event held for a community is never one of them.
 */
export async function readPublicEvent(deps: TDeps, slug: string): Promise<TEvent | undefined> {
  const event = await findEventBySlug(deps.db, slug);
  return event && isShownStatus(event) && event.audience === 'public' ? event : undefined;
}

/** A published or cancelled event this person may read (a community's meeting for its readers): the .ics. */
export async function readShownEvent(deps: TDeps, actor: TActor, slug: string): Promise<TEvent | undefined> {
  const event = await findEventBySlug(deps.db, slug);
  if (!event || !isShownStatus(event)) return undefined;
  return (await isInEventAudience(deps, actor, event)) ? event : undefined;
}
