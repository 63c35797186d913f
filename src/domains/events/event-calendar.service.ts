import type { TActor } from '../../core/actor.ts';
import { filtersFrom } from '../../core/listing.ts';
import type { TDeps } from '../../deps.ts';
import { countryName } from '../../i18n/names.ts';
import { buildCalendar, type TCalendarEvent } from '../../platform/ical.ts';
import { localDateTimeAt } from '../../platform/time-zones.ts';
import { calendarFacets } from './event-vocabulary.ts';
import type { TEvent } from './events.record.ts';
import {
  countEventFacets,
  countEvents,
  findMemberOrganizations,
  listEvents,
  type TEventListFilter,
} from './events.repository.ts';
import { readShownEvent } from './events.service.ts';

/**
 * The calendar page's data (list or month, with filter counts) and the iCalendar files: one per event
 * and subscribable feeds with the page's filters. Only published and cancelled events are public.
 */
export const calendarPageSize = 20;

const publicStatuses = ['published', 'cancelled'] as const;

export function calendarFiltersOf(params: URLSearchParams): Record<string, string[]> {
  return filtersFrom(params, calendarFacets);
}

export type TCalendarQuery = {
  params: URLSearchParams;
  now: Date;
  /** The zone the month grid is laid out in. */
  zone: string;
};

function monthOf(params: URLSearchParams, now: Date, zone: string): string {
  const asked = params.get('month') ?? '';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(asked)) return asked;
  return localDateTimeAt(zone, now.getTime()).slice(0, 7);
}

function shiftMonth(month: string, by: number): string {
  const [year = 2026, m = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** Weeks of the month (Monday first), each day with the events that start on it in `zone`. */
export function monthWeeks(month: string, events: readonly TEvent[], zone: string) {
  const [year = 2026, m = 1] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, m - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = Date.UTC(year, m - 1, 1 - offset);
  const byDay = new Map<string, TEvent[]>();
  for (const event of events) {
    const day = localDateTimeAt(zone, Date.parse(event.startsAt)).slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: { date: string; isInMonth: boolean; events: TEvent[] }[][] = [];
  for (let week = 0; week < 6; week += 1) {
    const days = Array.from({ length: 7 }, (_, d) => {
      const date = new Date(start + (week * 7 + d) * 86_400_000).toISOString().slice(0, 10);
      return { date, isInMonth: date.startsWith(month), events: byDay.get(date) ?? [] };
    });
    if (week > 0 && !days.some((d) => d.isInMonth)) break;
    weeks.push(days);
  }
  return weeks;
}

export async function readCalendar(deps: TDeps, query: TCalendarQuery) {
  const { params, now, zone } = query;
  const selected = calendarFiltersOf(params);
  const view = params.get('view') === 'month' ? 'month' : 'list';
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const page = Math.max(1, Math.min(500, Number.parseInt(params.get('page') ?? '1', 10) || 1));
  const base: TEventListFilter = { statuses: publicStatuses, facets: selected };
  const nowIso = now.toISOString();
  let items: TEvent[] = [];
  let total = 0;
  let month = null;
  let countsFilter: TEventListFilter;
  if (view === 'month') {
    const value = monthOf(params, now, zone);
    const [year = 2026, m = 1] = value.split('-').map(Number);
    // A day either side: the grid is laid out in the reader's zone, which may be ±14 hours from UTC.
    const range = {
      startsFrom: new Date(Date.UTC(year, m - 1, 0)).toISOString(),
      startsBefore: new Date(Date.UTC(year, m, 2)).toISOString(),
    };
    countsFilter = { ...base, ...range };
    const events = await listEvents(deps.db, countsFilter, 500);
    total = events.length;
    month = {
      value,
      previous: shiftMonth(value, -1),
      next: shiftMonth(value, 1),
      weeks: monthWeeks(value, events, zone),
      zone,
    };
  } else {
    countsFilter =
      when === 'past' ? { ...base, endsBefore: nowIso, order: 'latest' } : { ...base, endsFrom: nowIso };
    [items, total] = await Promise.all([
      listEvents(deps.db, countsFilter, calendarPageSize, (page - 1) * calendarPageSize),
      countEvents(deps.db, countsFilter),
    ]);
  }
  const counts = await countEventFacets(deps.db, countsFilter);
  const facetCounts: Record<string, { value: string; count: number }[]> = {};
  for (const facet of calendarFacets) facetCounts[facet] = [];
  for (const c of counts) facetCounts[c.facet]?.push({ value: c.value, count: c.count });
  const organizerSlugs = [
    ...new Set([...(facetCounts.organizer ?? []).map((c) => c.value), ...(selected.organizer ?? [])]),
  ];
  const organizers = await findMemberOrganizations(deps.db, organizerSlugs);
  return {
    view,
    when,
    page,
    items,
    total,
    month,
    selected,
    facetCounts,
    organizerNames: new Map(organizers.map((o) => [o.slug, o.name])),
  } as const;
}

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).host;
  } catch {
    return 'carehub';
  }
}

export function calendarEventOf(event: TEvent, publicUrl: string, locale = 'en'): TCalendarEvent {
  const url = `${publicUrl}/${locale}/events/${encodeURIComponent(event.slug)}`;
  const place = [
    event.venue,
    event.address,
    event.city,
    event.countryCode ? countryName(locale, event.countryCode) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const online = event.onlineUrl && !event.isOnlineUrlPrivate ? event.onlineUrl : null;
  const organizer = event.organizers[0];
  return {
    uid: `${event.id}@${hostOf(publicUrl)}`,
    sequence: event.sequence,
    status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    summary: event.title,
    description: [event.summary, online, url].filter(Boolean).join('\n\n'),
    ...(place || online ? { location: place || online || undefined } : {}),
    url,
    ...(event.latitude !== null && event.longitude !== null
      ? { geo: { latitude: event.latitude, longitude: event.longitude } }
      : {}),
    categories: [event.kind],
    ...(organizer ? { organizer: { name: organizer.name } } : {}),
    timeZone: event.timeZone,
    startLocal: event.startLocal,
    endLocal: event.endLocal,
    startsAt: Date.parse(event.startsAt),
    endsAt: Date.parse(event.endsAt),
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}

/**
 * One event's .ics; undefined when it does not exist, is a draft, or is held for a community whose
 * content this person does not read. `isListed` is false for such a community's meeting: not cached
 * by anyone in between.
 */
export async function eventIcs(
  deps: TDeps,
  actor: TActor,
  slug: string,
): Promise<{ text: string; isListed: boolean } | undefined> {
  const event = await readShownEvent(deps, actor, slug);
  if (!event) return undefined;
  const text = buildCalendar({
    productId: 'Carehub//Events',
    name: event.title,
    events: [calendarEventOf(event, deps.config.publicUrl)],
    now: deps.clock.now(),
  });
  return { text, isListed: event.audience === 'public' };
}

/** The subscribable feed: the calendar page's filters, events from 90 days ago on (at most 500). */
export async function calendarFeedIcs(deps: TDeps, params: URLSearchParams, name: string): Promise<string> {
  const now = deps.clock.now();
  const events = await listEvents(
    deps.db,
    {
      statuses: publicStatuses,
      facets: calendarFiltersOf(params),
      endsFrom: new Date(now.getTime() - 90 * 86_400_000).toISOString(),
    },
    500,
  );
  return buildCalendar({
    productId: 'Carehub//Events',
    name,
    refreshHours: 6,
    events: events.map((e) => calendarEventOf(e, deps.config.publicUrl)),
    now,
  });
}
