import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { joinPolicies, threadKinds } from './communities.schemas.ts';
import type { TCommunity } from './communities-public.service.ts';
import {
  listPublicCommunities,
  readPublicCommunity,
  readPublicMeetings,
  readPublicThreads,
} from './communities-public.service.ts';

/**
 * /api/v1/communities, /api/v1/communities/{slug}/threads and /api/v1/communities/{slug}/meetings:
 * public communities, their visible discussions and their meetings (events of the calendar). Private
 * communities are not listed and their threads and meetings answer 404.
 */
const ZCommunity = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    name: z.string(),
    description: z.string(),
    language: z.string(),
    translations: z
      .record(z.string(), z.object({ name: z.string(), description: z.string() }))
      .openapi({ description: 'Name and description in other languages, by language tag' }),
    themes: z.array(z.string()).openapi({ example: ['theme:care_infrastructure'] }),
    regions: z.array(z.string()).openapi({ example: ['region:europe'] }),
    joinPolicy: z.enum(joinPolicies),
    memberCount: z.number().int(),
    threadCount: z.number().int(),
    feed: z.string().url(),
    lastActivityAt: z.string(),
  })
  .openapi('Community');

const ZThread = z
  .object({
    id: z.string(),
    url: z.string().url(),
    title: z.string(),
    kind: z.enum(threadKinds),
    language: z.string(),
    author: z.string().nullable(),
    text: z.string().openapi({ description: 'The opening post as plain text' }),
    postCount: z.number().int(),
    isAnswered: z.boolean(),
    createdAt: z.string(),
    lastPostAt: z.string(),
  })
  .openapi('CommunityThread');

const ZMeeting = z
  .object({
    slug: z.string().openapi({ description: 'The event’s slug in the calendar' }),
    url: z.string().url().openapi({ description: 'The event’s page, where people register' }),
    ics: z.string().url().openapi({ description: 'The event as an iCalendar file' }),
    title: z.string(),
    language: z.string(),
    startsAt: z.string().openapi({ example: '2026-07-15T15:00:00.000Z' }),
    endsAt: z.string(),
    timeZone: z.string().openapi({ example: 'America/Mexico_City' }),
    format: z.enum(['in_person', 'online', 'hybrid']),
    city: z.string().nullable(),
    countryCode: z.string().nullable(),
    isCancelled: z.boolean(),
    isUpcoming: z.boolean().openapi({ description: 'Not yet ended' }),
    addedAt: z.string().openapi({ description: 'When the event became a meeting of the community' }),
  })
  .openapi('CommunityMeeting');

const ZError = z
  .object({ code: z.string(), message: z.string(), requestId: z.string() })
  .openapi('CommunityError');

function communityItem(c: TCommunity, publicUrl: string) {
  return {
    slug: c.slug,
    url: `${publicUrl}/en/communities/${encodeURIComponent(c.slug)}`,
    name: c.name,
    description: c.description,
    language: c.language,
    translations: c.translations,
    themes: c.themes,
    regions: c.regions,
    joinPolicy: c.joinPolicy,
    memberCount: c.memberCount,
    threadCount: c.threadCount,
    feed: `${publicUrl}/feeds/communities/${encodeURIComponent(c.slug)}.atom`,
    lastActivityAt: c.lastActivityAt,
  };
}

export function mountCommunitiesApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/communities',
      summary: 'Public communities of practice, most recently active first',
      tags: ['Communities'],
      request: {
        query: z.object({
          theme: z.string().optional().openapi({ example: 'theme:time_use_data' }),
          region: z.string().optional().openapi({ example: 'region:europe' }),
        }),
      },
      responses: {
        200: {
          description: 'Every public community (private ones are never listed)',
          content: {
            'application/json': {
              schema: z
                .object({ items: z.array(ZCommunity), total: z.number().int() })
                .openapi('CommunityList'),
            },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const items = (await listPublicCommunities(deps)).filter(
        (community) =>
          (!query.theme || community.themes.includes(query.theme)) &&
          (!query.region || community.regions.includes(query.region)),
      );
      return c.json(
        { items: items.map((i) => communityItem(i, deps.config.publicUrl)), total: items.length },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{slug}/threads',
      summary: 'A public community’s discussions, most recently active first',
      tags: ['Communities'],
      request: {
        params: z.object({ slug: z.string() }),
        query: z.object({
          limit: queryInteger(100_000, '1–100 (30)'),
          offset: queryInteger(1_000_000),
        }),
      },
      responses: {
        200: {
          description: 'A page of discussions and the community',
          content: {
            'application/json': {
              schema: z
                .object({ community: ZCommunity, items: z.array(ZThread), total: z.number().int() })
                .openapi('CommunityThreadList'),
            },
          },
        },
        404: {
          description: 'No public community has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const query = c.req.valid('query');
      const limit = Math.min(100, Math.max(1, Number.parseInt(query.limit ?? '', 10) || 30));
      const offset = Math.max(0, Number.parseInt(query.offset ?? '', 10) || 0);
      const community = await readPublicCommunity(deps, slug);
      const threads = await readPublicThreads(deps, community, limit, offset);
      const base = deps.config.publicUrl;
      return c.json(
        {
          community: communityItem(community, base),
          items: threads.map((t) => ({
            id: t.id,
            url: `${base}/en/communities/${encodeURIComponent(community.slug)}/threads/${encodeURIComponent(t.id)}`,
            title: t.title,
            kind: t.kind,
            language: t.language,
            author: t.authorName,
            text: t.text,
            postCount: t.postCount,
            isAnswered: t.acceptedPostId !== null,
            createdAt: t.createdAt,
            lastPostAt: t.lastPostAt,
          })),
          total: community.threadCount,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/communities/{slug}/meetings',
      summary: 'A public community’s meetings (events of the calendar), soonest first',
      tags: ['Communities'],
      request: { params: z.object({ slug: z.string() }) },
      responses: {
        200: {
          description: 'The community and its meetings, past and upcoming',
          content: {
            'application/json': {
              schema: z
                .object({ community: ZCommunity, items: z.array(ZMeeting), total: z.number().int() })
                .openapi('CommunityMeetingList'),
            },
          },
        },
        404: {
          description: 'No public community has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const community = await readPublicCommunity(deps, slug);
      const meetings = await readPublicMeetings(deps, community, 'en');
      const base = deps.config.publicUrl;
      const now = deps.clock.now().toISOString();
      return c.json(
        {
          community: communityItem(community, base),
          items: meetings.map((m) => ({
            slug: m.slug,
            url: `${base}/en/events/${encodeURIComponent(m.slug)}`,
            ics: `${base}/events/${encodeURIComponent(m.slug)}.ics`,
            title: m.title,
            language: m.language,
            startsAt: m.startsAt,
            endsAt: m.endsAt,
            timeZone: m.timeZone,
            format: m.format,
            city: m.city,
            countryCode: m.countryCode,
            isCancelled: m.isCancelled,
            isUpcoming: m.endsAt >= now,
            addedAt: m.addedAt,
          })),
          total: meetings.length,
        },
        200,
      );
    },
  );
}
