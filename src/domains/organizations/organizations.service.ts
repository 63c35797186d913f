import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { uniqueSlug } from '../../core/records.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { TSearchIndex } from '../../platform/search/search-index.ts';
import { slugify } from '../../platform/text.ts';
import { syncOrganizationIndex } from './organization-indexing.ts';
import { can } from './organizations.policy.ts';
import type { TOrganizationRecord } from './organizations.record.ts';
import {
  countDirectory,
  countDirectoryFacets,
  countMembersByCountry,
  findOrganizationById,
  findOrganizationBySlug,
  insertOrganization,
  isSlugTaken,
  listDirectory,
  readDirectoryVersion,
  upsertOrganizationPerson,
} from './organizations.repository.ts';
import { directoryPageSize, type TDirectoryFilter, type TOrganizationData } from './organizations.schemas.ts';

/**
 * Organisations: creating a member organisation from an accepted application, the directory with its
 * facets, and profiles.
 */
/** Paths under /members that are pages, never organisation slugs. */
export const reservedSlugs = new Set(['map', 'champions', 'codebook', 'export', 'new', 'invitations']);

/** A free slug from the name (or the acronym), never one of the pages under /members. */
export function organizationSlug(db: TDb, name: string, acronym: string | null): Promise<string> {
  return uniqueSlug(name, (slug) => isSlugTaken(db, slug), {
    fallback: slugify(acronym ?? '') || 'member',
    reserved: reservedSlugs,
    maxBase: Number.POSITIVE_INFINITY,
  });
}

/**
 * What creating a member needs of an accepted membership application. Declared here so that
 * organisations do not depend on membership (membership depends on organisations, never back).
 */
export type TAcceptedApplication = {
  id: string;
  reference: string;
  language: string;
  organization: TOrganizationData;
  contact: { name: string; email: string; role: string | null; phone: string | null };
};

/**
 * Creates and publishes the member organisation of an accepted application; the owner joins it and
 * the organisation enters the hub's search in the same transaction.
 */
export async function createMemberOrganization(
  trx: TDb,
  input: {
    application: TAcceptedApplication;
    ownerId: string;
    actorId: string | null;
    requestId: string | null;
    at: string;
    search: TSearchIndex;
  },
): Promise<{ id: string; slug: string }> {
  const { application, at } = input;
  const data = application.organization;
  const id = newId(Date.parse(at));
  const slug = await organizationSlug(trx, data.name, data.acronym);
  await insertOrganization(trx, {
    id,
    slug,
    name: data.name,
    acronym: data.acronym,
    nameTranslations: data.nameTranslations,
    stakeholderType: data.stakeholderType ?? 'civil_society_network',
    scope: data.scope ?? 'national',
    countries: data.countries,
    city: data.city,
    website: data.website,
    description: data.description,
    language: data.descriptionLanguage ?? application.language,
    membershipStatus: 'member',
    publicEmail: data.publicEmail,
    publicPhone: data.publicPhone,
    privateContacts: {
      name: application.contact.name,
      email: application.contact.email,
      ...(application.contact.role ? { role: application.contact.role } : {}),
      ...(application.contact.phone ? { phone: application.contact.phone } : {}),
    },
    publishedAt: at,
    applicationId: application.id,
    at,
  });
  await upsertOrganizationPerson(trx, {
    organizationId: id,
    userId: input.ownerId,
    role: 'owner',
    addedBy: input.actorId,
    at,
  });
  const created = await findOrganizationById(trx, id);
  if (created) await syncOrganizationIndex(input.search, created, trx);
  await audit(
    trx,
    { actorId: input.actorId, requestId: input.requestId, at },
    'organizations.created',
    { type: 'organization', id },
    { slug, reference: application.reference, ownerId: input.ownerId },
  );
  return { id, slug };
}

/* The directory */

export type TFacetCount = { value: string; count: number };

export type TDirectory = {
  filter: TDirectoryFilter;
  items: Awaited<ReturnType<typeof listDirectory>>;
  total: number;
  pageCount: number;
  facets: {
    type: TFacetCount[];
    scope: TFacetCount[];
    country: TFacetCount[];
    region: TFacetCount[];
    champion: number;
  };
};

function sortedCounts(map: Map<string, number>): TFacetCount[] {
  return [...map]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Counts (the total and every facet) depend on the filter but not on the page, and change only when
 * organisations do: they are kept per filter while the directory's data version stays the same.
 */
type TCounts = { total: number; facets: Awaited<ReturnType<typeof countDirectoryFacets>> };
const countsCache = new Map<string, TCounts>();
let countsVersion = '';
const countsCacheSize = 500;

async function readCounts(deps: TDeps, filter: TDirectoryFilter): Promise<TCounts> {
  const version = await readDirectoryVersion(deps.db);
  if (version !== countsVersion) {
    countsCache.clear();
    countsVersion = version;
  }
  const key = `${deps.database.location}\u0000${JSON.stringify({ ...filter, page: 0 })}`;
  const cached = countsCache.get(key);
  if (cached) return cached;
  const counts = {
    total: await countDirectory(deps.db, filter),
    facets: await countDirectoryFacets(deps.db, filter),
  };
  if (countsCache.size >= countsCacheSize) countsCache.delete(countsCache.keys().next().value ?? '');
  countsCache.set(key, counts);
  return counts;
}

export async function readDirectory(
  deps: TDeps,
  filter: TDirectoryFilter,
  pageSize: number = directoryPageSize,
): Promise<TDirectory> {
  const { total, facets } = await readCounts(deps, filter);
  const items = await listDirectory(deps.db, filter, pageSize, (filter.page - 1) * pageSize);
  return {
    filter,
    items,
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    facets: {
      type: sortedCounts(facets.type),
      scope: sortedCounts(facets.scope),
      country: sortedCounts(facets.country),
      region: sortedCounts(facets.region),
      champion: facets.champion,
    },
  };
}

const mapCache = new Map<string, { version: string; counts: Map<string, number> }>();

/** Members per country for the map, kept while the directory's data version stays the same. */
export async function readMemberCountsByCountry(deps: TDeps): Promise<Map<string, number>> {
  const version = await readDirectoryVersion(deps.db);
  const cached = mapCache.get(deps.database.location);
  if (cached?.version === version) return cached.counts;
  const counts = await countMembersByCountry(deps.db);
  mapCache.set(deps.database.location, { version, counts });
  return counts;
}

/* Profiles */

export type TProfileView = {
  organization: TOrganizationRecord;
  canViewPrivate: boolean;
  canEdit: boolean;
  canManagePeople: boolean;
  canDesignateChampion: boolean;
};

/** A profile as the actor may see it: members' profiles are public; private details need a role. */
export async function readProfile(deps: TDeps, actor: TActor, slug: string): Promise<TProfileView> {
  const organization = await findOrganizationBySlug(deps.db, slug);
  if (!organization) throw new AppError('not_found');
  const resource = { id: organization.id, membershipStatus: organization.membershipStatus };
  if (!can(actor, 'view', resource)) throw new AppError('not_found');
  const canViewPrivate = can(actor, 'viewPrivate', resource);
  return {
    organization: canViewPrivate ? organization : { ...organization, privateContacts: {} },
    canViewPrivate,
    canEdit: can(actor, 'edit', resource),
    canManagePeople: can(actor, 'managePeople', resource),
    canDesignateChampion: can(actor, 'designateChampion', resource),
  };
}

/** The name to show in a language: its own variant if the organisation gave one. */
export function displayName(
  org: { name: string; nameTranslations: Record<string, string> },
  locale: string,
): string {
  return org.nameTranslations[locale] ?? org.name;
}
