import { z } from 'zod';
import type { TActor } from '../../core/actor.ts';
import { auditedWrite, type TWriteStep } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import {
  createHeldEvent,
  findShownEventIdBySlug,
  readEventSummaries,
  type TEventSummary,
} from '../events/index.ts';
import { communityPolicy } from './communities.policy.ts';
import {
  deleteMeetingLink,
  findMeetingLink,
  insertMeetingLink,
  listMeetingLinks,
} from './communities.repository.ts';
import { readCommunity, type TCommunityView, type TWriteOptions } from './communities.service.ts';
import { linkedRecords } from './post-rendering.ts';
import { findMailSettings } from './watching.repository.ts';

/**
 * A community's meetings are events of the events domain (time zones, registration, iCal live there):
 * a facilitator or the secretariat attaches one of the hub's published events by its address, and the
 * community page lists upcoming meetings, then past ones. A private community's meetings are listed
 * only to those who may read its content. A meeting planned from the community's page is held by it:
 * in a private community, it is for the community's readers only (ADR 0070); an event attached by its
 * address keeps the public calendar's visibility it already had.
 */
const ZMeeting = z.object({
  event: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
});

export type TMeetingView = TEventSummary & { linkId: string };
export type TMeetings = { upcoming: TMeetingView[]; past: TMeetingView[] };

export async function readMeetings(
  deps: TDeps,
  actor: TActor,
  view: TCommunityView,
  locale: string,
): Promise<TMeetings> {
  if (!communityPolicy.can(actor, 'readContent', view.resource)) return { upcoming: [], past: [] };
  const links = await listMeetingLinks(deps.db, view.community.id);
  const summaries = await readEventSummaries(
    deps.db,
    links.map((l) => l.eventId),
    locale,
  );
  const now = deps.clock.now().toISOString();
  const meetings = summaries.flatMap((s) => {
    const link = links.find((l) => l.eventId === s.id);
    return link ? [{ ...s, linkId: link.id }] : [];
  });
  return {
    upcoming: meetings.filter((m) => m.endsAt >= now),
    past: meetings.filter((m) => m.endsAt < now).reverse(),
  };
}

/** The event's slug from its address on the hub ("/en/events/slug" or the full URL) or the bare slug. */
function eventSlugOf(input: string, publicUrl: string): string | undefined {
  const [linked] = linkedRecords(input, publicUrl);
  if (linked) return linked.type === 'event' ? linked.slug : undefined;
  return /^[A-Za-z0-9._~-]+$/.test(input) ? input : undefined;
}

/** Links an event to the community as its meeting; audited when the link is new (attaching twice is once). */
async function linkMeeting(
  { trx, at, audit }: TWriteStep,
  link: { communityId: string; eventId: string; by: string | null },
  details: { event: string; planned?: true },
): Promise<void> {
  const isNew = await insertMeetingLink(trx, {
    id: newId(Date.parse(at)),
    community_id: link.communityId,
    event_id: link.eventId,
    added_by: link.by,
    added_at: at,
  });
  if (isNew) await audit('communities.meeting_added', { type: 'community', id: link.communityId }, details);
}

export async function attachMeeting(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<void> {
  const view = await readCommunity(deps, actor, slug, 'holdMeetings');
  const input = parseOrThrow(ZMeeting, raw);
  const eventSlug = eventSlugOf(input.event, deps.config.publicUrl);
  const eventId = eventSlug ? await findShownEventIdBySlug(deps.db, eventSlug) : undefined;
  if (!eventSlug || !eventId)
    throw new AppError('validation_failed', { fieldErrors: { event: 'communities.errors.meetingEvent' } });
  await auditedWrite(deps, actor, options, (step) =>
    linkMeeting(step, { communityId: view.community.id, eventId, by: actor.userId }, { event: eventSlug }),
  );
}

export async function detachMeeting(
  deps: TDeps,
  actor: TActor,
  slug: string,
  linkId: string,
  options: TWriteOptions = {},
): Promise<void> {
  const view = await readCommunity(deps, actor, slug, 'holdMeetings');
  const link = await findMeetingLink(deps.db, linkId);
  if (!link || link.community_id !== view.community.id) throw new AppError('not_found');
  await auditedWrite(deps, actor, options, async ({ trx, audit }) => {
    await deleteMeetingLink(trx, linkId);
    await audit(
      'communities.meeting_removed',
      { type: 'community', id: view.community.id },
      { event: link.event_id },
    );
  });
}

/**
 * What the one-step form sends (ADR 0061): the event's own field names, so the events domain's
 * messages land on the right fields. Dates and times are wall-clock in `timeZone`.
 */
export type TMeetingForm = {
  title: string;
  summary: string;
  timeZone: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  onlineUrl: string;
  isOnlineUrlPrivate: boolean;
  venue: string;
  address: string;
  capacity: string;
  languages: string[];
};

/** The event the form describes: a meeting, online, in person or both, with registration on the hub. */
function meetingEventOf(form: TMeetingForm, communityLanguage: string) {
  const onlineUrl = form.onlineUrl.trim();
  const venue = form.venue.trim();
  const capacityText = form.capacity.trim();
  const languages = [...new Set(form.languages.map((l) => l.trim()).filter(Boolean))];
  return {
    title: form.title,
    summary: form.summary,
    description: '',
    language: languages[0] ?? communityLanguage,
    kind: 'meeting',
    format: onlineUrl && venue ? 'hybrid' : onlineUrl ? 'online' : 'in_person',
    timeZone: form.timeZone,
    start: `${form.startDate.trim()}T${form.startTime.trim().slice(0, 5)}`,
    end: `${form.endDate.trim() || form.startDate.trim()}T${form.endTime.trim().slice(0, 5)}`,
    venue,
    address: form.address.trim(),
    onlineUrl: onlineUrl || null,
    isOnlineUrlPrivate: Boolean(onlineUrl) && form.isOnlineUrlPrivate,
    registrationMode: 'platform',
    capacity: capacityText === '' ? null : Number(capacityText.replace(',', '.')),
    languages,
  };
}

/**
 * A facilitator (or the secretariat) plans a meeting in one step: an event of the hub's calendar is
 * created, published and linked to the community in one transaction, both audited. Nothing is written
 * when any field is wrong.
 */
export async function planMeeting(
  deps: TDeps,
  actor: TActor,
  slug: string,
  form: TMeetingForm,
  options: TWriteOptions = {},
): Promise<{ eventSlug: string }> {
  const view = await readCommunity(deps, actor, slug, 'holdMeetings');
  const userId = actor.userId;
  if (!userId) throw new AppError('unauthenticated');
  if (!form.onlineUrl.trim() && !form.venue.trim())
    throw new AppError('validation_failed', {
      fieldErrors: { onlineUrl: 'communities.errors.meetingWhere' },
    });
  const event = await auditedWrite(deps, actor, options, async (step) => {
    const created = await createHeldEvent(
      deps,
      step.trx,
      { userId, requestId: options.requestId, at: step.at },
      meetingEventOf(form, view.community.language),
      // A private community's meeting is for its readers only, never on the public calendar (ADR 0070).
      {
        communityId: view.community.id,
        audience: view.community.visibility === 'private' ? 'community' : 'public',
      },
    );
    const link = { communityId: view.community.id, eventId: created.id, by: userId };
    await linkMeeting(step, link, { event: created.slug, planned: true });
    return created;
  });
  bumpContentVersion();
  return { eventSlug: event.slug };
}

/** The zone the form starts with: the one the person set for their community mail, else their browser's. */
export async function defaultMeetingZone(
  deps: TDeps,
  actor: TActor,
  readerZone: string | null,
): Promise<string> {
  const settings = actor.userId ? await findMailSettings(deps.db, actor.userId) : null;
  return settings?.timeZone ?? readerZone ?? 'UTC';
}
