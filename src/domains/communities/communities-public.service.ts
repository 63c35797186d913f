import type { TSitemapEntry, TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { markdownToText } from '../../platform/markdown.ts';
import { readEventSummaries, type TEventSummary } from '../events/index.ts';
import type { TCommunity, TThread } from './communities.record.ts';
import {
  findCommunityBySlug,
  listCommunities,
  listCommunitiesOfOrganization,
  listMeetingLinks,
  listOpeningPosts,
  listPublicThreads,
  listThreadsOf,
} from './communities.repository.ts';

/**
 * What the hub publishes about communities to everyone, outside the pages: the API, the Atom feeds,
 * the sitemap and the home page's counts. Only active public communities and their visible threads:
 * a private community is not named here at all, so none of its words reach a feed, the API or a crawler.
 */
export const isPublicCommunity = (c: TCommunity) => c.status === 'active' && c.visibility === 'public';

export async function listPublicCommunities(deps: TDeps): Promise<TCommunity[]> {
  return (await listCommunities(deps.db, ['active'])).filter(isPublicCommunity);
}

export async function readPublicCommunity(deps: TDeps, slug: string): Promise<TCommunity> {
  const community = await findCommunityBySlug(deps.db, slug);
  if (!community || !isPublicCommunity(community)) throw new AppError('not_found');
  return community;
}

export type TPublicThread = TThread & { text: string };

/** A public community's threads, most recently active first, each with its opening post's text. */
export async function readPublicThreads(
  deps: TDeps,
  community: TCommunity,
  limit: number,
  offset = 0,
): Promise<TPublicThread[]> {
  if (!isPublicCommunity(community)) return [];
  const threads = await listPublicThreads(deps.db, community.id, limit, offset);
  const openings = new Map(
    (
      await listOpeningPosts(
        deps.db,
        threads.map((t) => t.id),
      )
    ).map((p) => [p.id, p]),
  );
  return threads.map((t) => {
    const opening = openings.get(t.id);
    return {
      ...t,
      text:
        opening && !opening.isDeleted && opening.hiddenReason === null ? markdownToText(opening.body) : '',
    };
  });
}

export type TPublicMeeting = TEventSummary & { addedAt: string };

/**
 * A public community's meetings (shown events only, soonest first) with when each became one, for its
 * feed and the API. A private community's meetings are never named here.
 */
export async function readPublicMeetings(
  deps: TDeps,
  community: TCommunity,
  locale: string,
): Promise<TPublicMeeting[]> {
  if (!isPublicCommunity(community)) return [];
  const links = await listMeetingLinks(deps.db, community.id);
  const addedAt = new Map(links.map((l) => [l.eventId, l.addedAt]));
  const events = await readEventSummaries(
    deps.db,
    links.map((l) => l.eventId),
    locale,
  );
  return events.map((e) => ({ ...e, addedAt: addedAt.get(e.id) ?? e.startsAt }));
}

/** How many public communities there are and how many threads they hold (home page). */
export async function countPublicCommunities(deps: TDeps): Promise<{ communities: number; threads: number }> {
  const list = await listPublicCommunities(deps);
  return { communities: list.length, threads: list.reduce((sum, c) => sum + c.threadCount, 0) };
}
export type { TCommunity };

/** The communities' pages for /sitemap.xml: the directory in every language, public communities and their threads. */
export async function listCommunityPages(deps: TDeps, limit = 20_000): Promise<TSitemapEntry[]> {
  const communities = await listPublicCommunities(deps);
  const bySlug = new Map(communities.map((c) => [c.id, c]));
  const threads = await listThreadsOf(deps.db, [...bySlug.keys()], limit);
  const path = (c: TCommunity) => `/communities/${encodeURIComponent(c.slug)}`;
  return [
    { path: '/communities', language: '', lastmod: '' },
    ...communities.map((c) => ({
      path: path(c),
      language: c.language,
      lastmod: c.lastActivityAt.slice(0, 10),
    })),
    ...threads.flatMap((t) => {
      const c = bySlug.get(t.communityId);
      return c
        ? [
            {
              path: `${path(c)}/threads/${encodeURIComponent(t.id)}`,
              language: t.language,
              lastmod: t.lastPostAt.slice(0, 10),
            },
          ]
        : [];
    }),
  ];
}

export function readCommunitiesOfOrganization(deps: TDeps, organizationId: string): Promise<TCommunity[]> {
  return listCommunitiesOfOrganization(deps.db, organizationId);
}

export const communitySitemapSource: TSitemapSource = {
  name: 'communities',
  entries: (deps) => listCommunityPages(deps),
};
