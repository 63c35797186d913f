import type { TDeps } from '../../deps.ts';
import type { TCurrentUser } from '../../http/app-env.ts';
import { AppError } from '../../platform/errors.ts';
import type { TPractice } from './practice-record.ts';
import { anonymousPracticeActor, authorize, can, type TPracticeActor } from './practices.policy.ts';
import {
  countPublishedByFacet,
  findOrganizationsBySlugs,
  findPracticeBySlug,
  listOrganizationIdsOfUser,
  listPracticeFiles,
  listPracticesByIds,
  listPracticesInStatus,
  listPracticesOfAuthor,
  listPublishedPractices,
  listRelatedPractices,
  type TFacetFilter,
  type TOrganizationLink,
  type TPracticeFile,
} from './practices.repository.ts';

/** Reading practices: one page's worth, browse lists with counts, queues for curators and authors. */
export async function practiceActorOf(deps: TDeps, user: TCurrentUser | null): Promise<TPracticeActor> {
  if (!user) return anonymousPracticeActor;
  return {
    userId: user.id,
    roles: user.roles,
    organizationIds: await listOrganizationIdsOfUser(deps.db, user.id),
  };
}

export type TPracticePageData = {
  practice: TPractice;
  organizations: ReadonlyMap<string, TOrganizationLink>;
  related: TPractice[];
  files: TPracticeFile[];
};

export async function readPracticePage(
  deps: TDeps,
  actor: TPracticeActor,
  slug: string,
): Promise<TPracticePageData> {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice) throw new AppError('not_found');
  authorize(actor, 'view', practice);
  const slugs = practice.implementers.map((i) => i.organizationSlug).filter((s): s is string => !!s);
  const [organizations, related, files] = await Promise.all([
    findOrganizationsBySlugs(deps.db, slugs),
    practice.status === 'published' ? listRelatedPractices(deps.db, practice.id, 6) : Promise.resolve([]),
    listPracticeFiles(deps.db, practice.id),
  ]);
  return { practice, organizations: new Map(organizations.map((o) => [o.slug, o])), related, files };
}

/** A practice the actor may see, or 404 (never "forbidden": an unpublished record is not announced). */
export async function readPractice(deps: TDeps, actor: TPracticeActor, slug: string): Promise<TPractice> {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice || !can(actor, 'view', practice)) throw new AppError('not_found');
  return practice;
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

export async function listReviewQueue(deps: TDeps, actor: TPracticeActor): Promise<TPractice[]> {
  authorize(actor, 'listForReview');
  return listPracticesInStatus(deps.db, ['submitted'], 200);
}

export async function listOwnPractices(deps: TDeps, actor: TPracticeActor): Promise<TPractice[]> {
  if (!actor.userId) throw new AppError('unauthenticated');
  return listPracticesOfAuthor(deps.db, actor.userId, actor.organizationIds);
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
