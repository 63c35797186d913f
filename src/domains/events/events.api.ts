import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { toCsvText } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { calendarFiltersOf } from './event-calendar.service.ts';
import { offsetLabel } from './event-display.ts';
import { readPublicEvent } from './events.service.ts';
import {
  readEventPage,
  readEventRecommendations,
  type TEvent,
  type TEventListFilter,
} from './events-read.service.ts';
import { isoWithOffset } from './views/event-structured-data.ts';

/**
 * /api/v1/events: public events ({ items, total }, or CSV with ?format=csv) with the calendar page's
 * filters, and one event with its outcome and recommendations. Times are given three ways: the IANA
 * zone, the wall-clock times with their offset, and UTC instants.
 */
const ZEventItem = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    ics: z.string().url(),
    status: z.enum(['published', 'cancelled']),
    title: z.string(),
    summary: z.string(),
    language: z.string(),
    kind: z.string().openapi({ example: 'conference' }),
    format: z.string().openapi({ example: 'hybrid' }),
    timeZone: z.string().openapi({ example: 'Europe/London' }),
    start: z
      .string()
      .openapi({ example: '2026-01-28T15:15:00+00:00', description: 'Local time with its UTC offset' }),
    end: z.string().openapi({ example: '2026-01-28T17:30:00+00:00' }),
    startsAt: z.string().openapi({ example: '2026-01-28T15:15:00.000Z' }),
    endsAt: z.string(),
    utcOffset: z.string().openapi({ example: 'UTC+00:00' }),
    venue: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable().openapi({ example: 'GB' }),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    organizers: z.array(z.object({ slug: z.string(), name: z.string() })),
    themes: z.array(z.string()),
    languages: z.array(z.string()),
    registration: z.enum(['none', 'external', 'platform']),
    capacity: z.number().nullable(),
    seatsTaken: z.number(),
    hasOutcome: z.boolean(),
    sequence: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Event');

const ZRecommendationItem = z
  .object({
    id: z.string(),
    axis: z.number().int(),
    axisTitle: z.string(),
    verb: z.enum(['recommends', 'calls_for', 'stresses', 'points_to']),
    text: z.string(),
    language: z.string(),
    themes: z.array(z.string()),
    addressees: z.array(z.string()),
  })
  .openapi('EventRecommendation');

const ZQuery = z.object({
  kind: z.string().optional(),
  format: z
    .string()
    .optional()
    .openapi({ description: 'json (default) or csv; the event format filter is "attendance"' }),
  attendance: z.string().optional().openapi({ description: 'in_person, online or hybrid' }),
  theme: z.string().optional(),
  country: z.string().optional(),
  language: z.string().optional(),
  organizer: z.string().optional().openapi({ description: 'Slug of an organising member organisation' }),
  when: z.enum(['upcoming', 'past', 'all']).optional(),
  limit: queryInteger(100_000, '1–500 (50)'),
  offset: queryInteger(100_000),
});

const ZError = z
  .object({ code: z.string(), message: z.string(), requestId: z.string() })
  .openapi('EventError');

export function eventApiItem(event: TEvent, publicUrl: string) {
  return {
    slug: event.slug,
    url: `${publicUrl}/en/events/${encodeURIComponent(event.slug)}`,
    ics: `${publicUrl}/events/${encodeURIComponent(event.slug)}.ics`,
    status: event.status as 'published' | 'cancelled',
    title: event.title,
    summary: event.summary,
    language: event.language,
    kind: event.kind,
    format: event.format,
    timeZone: event.timeZone,
    start: isoWithOffset(event.startLocal, event.timeZone, event.startsAt),
    end: isoWithOffset(event.endLocal, event.timeZone, event.endsAt),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    utcOffset: offsetLabel(event.timeZone, event.startsAt),
    venue: event.venue,
    city: event.city,
    country: event.countryCode,
    latitude: event.latitude,
    longitude: event.longitude,
    organizers: event.organizers.map((o) => ({ slug: o.slug, name: o.name })),
    themes: event.themes,
    languages: event.languages,
    registration: event.registrationMode,
    capacity: event.capacity,
    seatsTaken: event.confirmedCount,
    hasOutcome: event.outcome !== null,
    sequence: event.sequence,
    updatedAt: event.updatedAt,
  };
}

function csvOf(items: ReturnType<typeof eventApiItem>[]): string {
  const columns = [
    'slug',
    'status',
    'title',
    'kind',
    'format',
    'timeZone',
    'start',
    'end',
    'startsAt',
    'endsAt',
    'city',
    'country',
    'url',
  ] as const;
  return toCsvText(columns, items, { isEveryCellQuoted: true });
}

export function mountEventsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/events',
      summary: 'Public events (published or cancelled), filtered like the calendar; JSON or CSV',
      tags: ['Events'],
      request: { query: ZQuery },
      responses: {
        200: {
          description:
            'A page of matching events, soonest first (latest first for past events), and how many match',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(ZEventItem), total: z.number().int() }).openapi('EventList'),
            },
            'text/csv': { schema: z.string() },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const params = new URLSearchParams();
      for (const key of ['kind', 'theme', 'country', 'language', 'organizer'] as const) {
        const value = query[key];
        if (value) params.set(key, value);
      }
      if (query.attendance) params.set('format', query.attendance);
      const now = deps.clock.now().toISOString();
      const when = query.when ?? 'upcoming';
      const filter: TEventListFilter = {
        statuses: ['published', 'cancelled'],
        facets: calendarFiltersOf(params),
        ...(when === 'upcoming'
          ? { endsFrom: now }
          : when === 'past'
            ? { endsBefore: now, order: 'latest' as const }
            : {}),
      };
      const limit = Math.min(500, Math.max(1, Number.parseInt(query.limit ?? '', 10) || 50));
      const offset = Math.min(100_000, Math.max(0, Number.parseInt(query.offset ?? '', 10) || 0));
      const { items: events, total } = await readEventPage(deps, filter, limit, offset);
      const items = events.map((e) => eventApiItem(e, deps.config.publicUrl));
      if (query.format === 'csv') {
        return c.body(csvOf(items), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader('events.csv'),
          'X-Total-Count': String(total),
        });
      }
      return c.json({ items, total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/events/{slug}',
      summary: 'One public event with its outcome and recommendations grouped by axis',
      tags: ['Events'],
      request: { params: z.object({ slug: z.string() }) },
      responses: {
        200: {
          description: 'The event',
          content: {
            'application/json': {
              schema: ZEventItem.extend({
                description: z.string(),
                outcome: z
                  .object({
                    summary: z.string(),
                    axes: z.array(z.string()),
                    recommendations: z.array(ZRecommendationItem),
                  })
                  .nullable(),
              }),
            },
          },
        },
        404: {
          description: 'No public event has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const event = await readPublicEvent(deps, c.req.valid('param').slug);
      if (!event) throw new AppError('not_found');
      const recommendations = await readEventRecommendations(deps, event.id);
      const axes = event.outcome?.axes ?? [];
      return c.json(
        {
          ...eventApiItem(event, deps.config.publicUrl),
          description: event.description,
          outcome: event.outcome
            ? {
                summary: event.outcome.summary,
                axes,
                recommendations: recommendations.map((r) => ({
                  id: r.id,
                  axis: r.axis,
                  axisTitle: axes[r.axis - 1] ?? '',
                  verb: r.verb,
                  text: r.text,
                  language: r.language,
                  themes: r.themes,
                  addressees: r.addressees,
                })),
              }
            : null,
        },
        200,
      );
    },
  );
}
