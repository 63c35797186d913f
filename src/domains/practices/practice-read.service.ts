import { organizationIdsOf, type TActor } from '../../core/actor.ts';
import { sectionWithRecords, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { completenessOf, type TCompleteness, type TQueueSort } from './practice-completeness.ts';
import type {
  TLinkedRecommendation,
  TMemberChoice,
  TOrganizationLink,
  TPractice,
  TPracticeFile,
} from './practice-record.ts';
import { authorize, type TPracticeAction } from './practices.policy.ts';
import {
  countFilesOfPractices,
  countPublishedByFacet,
  findOrganizationsBySlugs,
  findPracticeBySlug,
  listLinkedRecommendations,
  listMemberChoices,
  listPracticeFiles,
  listPracticesByIds,
  listPracticesInStatus,
  listPracticesOfAuthor,
  listPublishedPractices,
  listPublishedSlugs,
  listPublishedTitles,
  listRelatedPractices,
  type TFacetFilter,
} from './practices.repository.ts';

/** Reading practices: one page's worth, browse lists with counts, queues for curators and authors. */
export type TPracticePageData = {
  practice: TPractice;
  organizations: ReadonlyMap<string, TOrganizationLink>;
  related: TPractice[];
  files: TPracticeFile[];
  completeness: TCompleteness;
  /** Recommendations of public events the practice responds to. */
  recommendations: TLinkedRecommendation[];
};

/**
 * The practice with this slug, if the actor may do this with it: 404 when there is none or they may not
 * see it (an unpublished record is not announced), 403 when they see it but may not do this.
 */
export async function practiceFor(
  deps: TDeps,
  actor: TActor,
  slug: string,
  action: TPracticeAction,
): Promise<TPractice> {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice) throw new AppError('not_found');
  authorize(actor, action, practice);
  return practice;
}

export async function readPracticePage(deps: TDeps, actor: TActor, slug: string): Promise<TPracticePageData> {
  const practice = await practiceFor(deps, actor, slug, 'view');
  const slugs = practice.implementers.map((i) => i.organizationSlug).filter((s): s is string => !!s);
  const [organizations, related, files, recommendations] = await Promise.all([
    findOrganizationsBySlugs(deps.db, slugs),
    practice.status === 'published' ? listRelatedPractices(deps.db, practice.id, 6) : Promise.resolve([]),
    listPracticeFiles(deps.db, practice.id),
    listLinkedRecommendations(deps.db, practice.id),
  ]);
  return {
    practice,
    organizations: new Map(organizations.map((o) => [o.slug, o])),
    related,
    files,
    completeness: completenessOf(practice, files.length),
    recommendations: recommendations.filter((r) => isPublicEventStatus(r.eventStatus)),
  };
}

/** The member directory's names, offered in the implementer rows of the practice form. */
export function listImplementerChoices(deps: TDeps): Promise<TMemberChoice[]> {
  return listMemberChoices(deps.db);
}

/** Outcomes of published (or since cancelled) events are public; drafts' recommendations are not shown. */
export function isPublicEventStatus(status: string): boolean {
  return status === 'published' || status === 'cancelled';
}

/** A practice the actor may see, or 404 (never "forbidden": an unpublished record is not announced). */
export function readPractice(deps: TDeps, actor: TActor, slug: string): Promise<TPractice> {
  return practiceFor(deps, actor, slug, 'view');
}

export const browseFacets = ['theme', 'country', 'kind', 'population', 'region', 'language'] as const;
export type TBrowseFacet = (typeof browseFacets)[number];

export type TBrowseQuery = {
  filters: TFacetFilter[];
  isFeaturedOnly: boolean;
  sort: 'newest' | 'title';
  page: number;
  pageSize: number;
};

export async function browsePractices(deps: TDeps, query: TBrowseQuery) {
  const filters = query.isFeaturedOnly
    ? [...query.filters, { facet: 'featured', values: ['yes'] }]
    : query.filters;
  const [list, ...counts] = await Promise.all([
    listPublishedPractices(deps.db, {
      filters,
      sort: query.sort,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    ...browseFacets.map((facet) => countPublishedByFacet(deps.db, facet)),
  ]);
  const facetCounts = Object.fromEntries(browseFacets.map((facet, i) => [facet, counts[i] ?? []])) as Record<
    TBrowseFacet,
    { value: string; count: number }[]
  >;
  return { ...list, facetCounts };
}

export async function listFeaturedPractices(deps: TDeps, limit: number): Promise<TPractice[]> {
  const { items } = await listPublishedPractices(deps.db, {
    filters: [{ facet: 'featured', values: ['yes'] }],
    sort: 'newest',
    limit,
    offset: 0,
  });
  return items;
}

export type TPracticeWithCompleteness = TPractice & { completeness: TCompleteness };

async function withCompleteness(deps: TDeps, practices: TPractice[]): Promise<TPracticeWithCompleteness[]> {
  const files = await countFilesOfPractices(
    deps.db,
    practices.map((p) => p.id),
  );
  return practices.map((p) => ({ ...p, completeness: completenessOf(p, files.get(p.id) ?? 0) }));
}

export type TQueueQuery = {
  sort: TQueueSort;
  /** Only records whose completeness is below this percentage (100: every record). */
  below: number;
};

/** Submitted practices for curators, with their completeness; sorted and filtered by it on request. */
export async function listReviewQueue(
  deps: TDeps,
  actor: TActor,
  query: TQueueQuery = { sort: 'updated', below: 101 },
): Promise<TPracticeWithCompleteness[]> {
  authorize(actor, 'listForReview');
  const practices = await withCompleteness(deps, await listPracticesInStatus(deps.db, ['submitted'], 500));
  const shown = practices.filter((p) => p.completeness.score < query.below);
  if (query.sort === 'updated') return shown.slice(0, 200);
  const direction = query.sort === 'completeness' ? 1 : -1;
  return shown.sort((a, b) => direction * (a.completeness.score - b.completeness.score)).slice(0, 200);
}

export async function listOwnPractices(deps: TDeps, actor: TActor): Promise<TPracticeWithCompleteness[]> {
  if (!actor.userId) throw new AppError('unauthenticated');
  return withCompleteness(deps, await listPracticesOfAuthor(deps.db, actor.userId, organizationIdsOf(actor)));
}

export async function listPublishedPracticesByIds(deps: TDeps, ids: readonly string[]): Promise<TPractice[]> {
  const practices = await listPracticesByIds(deps.db, ids);
  return practices.filter((p) => p.status === 'published');
}

/** Published practices per country (ISO code → count), for the map. */
export async function countPracticesByCountry(deps: TDeps): Promise<Map<string, number>> {
  const rows = await countPublishedByFacet(deps.db, 'country');
  return new Map(rows.map((r) => [r.value, r.count]));
}

/** What another domain needs to ask the organisation behind a practice for an introduction (issue 14). */
export type TPracticeForIntroduction = {
  slug: string;
  title: string;
  language: string;
  organizationId: string | null;
};

/** A published practice by its slug, as an introduction's subject; undefined when unknown or not public. */
export async function findPracticeForIntroduction(
  deps: Pick<TDeps, 'db'>,
  slug: string,
): Promise<TPracticeForIntroduction | undefined> {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (practice?.status !== 'published') return undefined;
  return {
    slug: practice.slug,
    title: practice.title,
    language: practice.language,
    organizationId: practice.organizationId,
  };
}

/** The newest published practices (the Atom feed). */
export async function readNewestPractices(deps: TDeps, limit: number) {
  const { items } = await listPublishedPractices(deps.db, { filters: [], sort: 'newest', limit, offset: 0 });
  return items;
}

/** Published practices to pick from (an event's related practices): slug, title, language. */
export function listPracticeChoices(deps: Pick<TDeps, 'db'>) {
  return listPublishedTitles(deps.db);
}

/** The practices section and every published practice's page, for /sitemap.xml (core/sitemap.ts). */
export const practiceSitemapSource: TSitemapSource = {
  name: 'practices',
  entries: async (deps) => sectionWithRecords('/practices', await listPublishedSlugs(deps.db, 45_000)),
};
