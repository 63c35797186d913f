import { sectionEntry, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion, currentContentVersion } from '../../platform/content-version.ts';
import { readCampaignTeasers, type TCampaignTeaser } from '../campaigns/index.ts';
import { countPublicCommunities } from '../communities/index.ts';
import { readUpcomingEventSummaries, type TEventSummary } from '../events/index.ts';
import { readNewsTeasers, type TNewsTeaser } from '../news/index.ts';
import { readMemberFigures } from '../organizations/index.ts';
import { readPracticeTeasers, type TPracticeTeasers } from '../practices/index.ts';

/** The alliance in numbers, as the home page shows them. */
export type THomeFigures = {
  members: number;
  countries: number;
  practices: number;
  upcomingEvents: number;
  openCampaigns: number;
  communities: number;
  discussions: number;
};

/** Everything the home page shows besides its fixed text, in one reader's language. */
export type THomeContent = {
  figures: THomeFigures;
  /** The members' map as a picture (under the locale prefix), with a version in its address. */
  mapImagePath: string;
  practices: TPracticeTeasers;
  events: TEventSummary[];
  news: TNewsTeaser[];
  campaigns: TCampaignTeaser[];
};

/** How many of each the page lists: enough to be alive, few enough to stay well under 60 KB. */
export const homeLimits = { featured: 3, newest: 3, events: 3, news: 3, campaigns: 3 } as const;

/** Kept this long at most: the next events move on with the clock even when nothing is written. */
const keptMs = 60_000;

const cached = new Map<string, { at: number; version: number; content: THomeContent }>();

/**
 * The home page's content for a reader of `locale`, read through each domain's door. It is kept for a
 * minute per language, as the page is the busiest, and forgotten as soon as the content version moves:
 * publishing, featuring or editing a practice, event, article or campaign, an endorsement or a new member
 * announces a change on this node and, through PostgreSQL, on every other (ADR 0026).
 */
export async function readHomeContent(deps: TDeps, locale: string): Promise<THomeContent> {
  const now = Date.now();
  const version = currentContentVersion();
  const kept = cached.get(locale);
  if (kept && kept.version === version && now - kept.at < keptMs) return kept.content;
  const [members, communities, practices, events, news, campaigns] = await Promise.all([
    readMemberFigures(deps),
    countPublicCommunities(deps),
    readPracticeTeasers(deps, locale, homeLimits),
    readUpcomingEventSummaries(deps.db, deps.clock.now(), homeLimits.events, locale),
    readNewsTeasers(deps, locale, homeLimits.news),
    readCampaignTeasers(deps, locale, homeLimits.campaigns),
  ]);
  const content: THomeContent = {
    figures: {
      members: members.members,
      countries: members.countries,
      practices: practices.published,
      upcomingEvents: events.upcoming,
      openCampaigns: campaigns.open,
      communities: communities.communities,
      discussions: communities.threads,
    },
    mapImagePath: members.mapImagePath,
    practices,
    events: events.events,
    news,
    campaigns: campaigns.campaigns,
  };
  if (currentContentVersion() === version) cached.set(locale, { at: now, version, content });
  return content;
}

/** Call after a change that the home page shows (members, countries): every node drops content and pages. */
export function forgetHomeFigures(): void {
  cached.clear();
  bumpContentVersion();
}

/** The home page in every language, for /sitemap.xml (core/sitemap.ts). */
export const homeSitemapSource: TSitemapSource = { name: 'home', entries: async () => [sectionEntry('/')] };
