import type { ExpressionBuilder, Selectable } from 'kysely';
import { parseJson, type TExecutor } from '../../core/records.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TListing, TListingContent, TListingOrganization } from './connections.record.ts';
import type { THelpKind, TListingKind, TListingStatus } from './connections.schemas.ts';

export type { TListing, TListingOrganization } from './connections.record.ts';

/**
 * The only SQL of connections. A listing is shown and matched while its organisation is a member, its
 * status is open and its date has not passed (`today`, YYYY-MM-DD, is passed in: the clock decides).
 */
const listingColumns = [
  'l.id',
  'l.kind',
  'l.organization_id',
  'l.help_kind',
  'l.title',
  'l.description',
  'l.language',
  'l.concepts',
  'l.tagged_concepts',
  'l.countries',
  'l.regions',
  'l.is_anywhere',
  'l.working_languages',
  'l.open_until',
  'l.status',
  'l.closed_at',
  'l.created_by',
  'l.created_at',
  'l.updated_at',
  'l.version',
  'o.slug as organization_slug',
  'o.name as organization_name',
  'o.stakeholder_type as organization_type',
  'o.membership_status as organization_status',
] as const;

type TListingRow = Selectable<Database['connection_listings']> & {
  organization_slug: string;
  organization_name: string;
  organization_type: string;
  organization_status: string;
};

function listingOf(r: TListingRow): TListing {
  return {
    id: r.id,
    kind: r.kind as TListingKind,
    organization: {
      id: r.organization_id,
      slug: r.organization_slug,
      name: r.organization_name,
      stakeholderType: r.organization_type,
    },
    isOrganizationMember: r.organization_status === 'member',
    helpKind: r.help_kind as THelpKind,
    title: r.title,
    description: r.description,
    language: r.language,
    concepts: parseJson<string[]>(r.concepts, []),
    taggedConcepts: parseJson<string[]>(r.tagged_concepts, []),
    countries: parseJson<string[]>(r.countries, []),
    regions: parseJson<string[]>(r.regions, []),
    isAnywhere: Number(r.is_anywhere) === 1,
    workingLanguages: parseJson<string[]>(r.working_languages, []),
    openUntil: r.open_until,
    status: r.status as TListingStatus,
    closedAt: r.closed_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

function selectListings(db: TExecutor) {
  return db
    .selectFrom('connection_listings as l')
    .innerJoin('organizations as o', 'o.id', 'l.organization_id')
    .select(listingColumns);
}

type TListingsEb = ExpressionBuilder<
  Database & { l: Database['connection_listings']; o: Database['organizations'] },
  'l' | 'o'
>;

/** Open, not past its date, and its organisation still a member. */
function isListed(eb: TListingsEb, today: string) {
  return eb.and([
    eb('l.status', '=', 'open'),
    eb.or([eb('l.open_until', 'is', null), eb('l.open_until', '>=', today)]),
    eb('o.membership_status', '=', 'member'),
  ]);
}

export type TListingRowInput = TListingContent & { id: string; kind: TListingKind; organizationId: string };

function contentColumns(input: Omit<TListingRowInput, 'id' | 'kind' | 'organizationId'>) {
  return {
    help_kind: input.helpKind,
    title: input.title,
    description: input.description,
    language: input.language,
    concepts: JSON.stringify(input.concepts),
    tagged_concepts: JSON.stringify(input.taggedConcepts),
    countries: JSON.stringify(input.countries),
    regions: JSON.stringify(input.regions),
    is_anywhere: input.isAnywhere ? 1 : 0,
    working_languages: JSON.stringify(input.workingLanguages),
    open_until: input.openUntil,
  };
}

export async function insertListing(
  db: TExecutor,
  input: TListingRowInput & { createdBy: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('connection_listings')
    .values({
      id: input.id,
      kind: input.kind,
      organization_id: input.organizationId,
      ...contentColumns(input),
      status: 'open',
      closed_at: null,
      reminded_until: null,
      created_by: input.createdBy,
      created_at: input.at,
      updated_at: input.at,
      version: 1,
    })
    .execute();
}

/** Saves an edit if nobody saved first (false otherwise). */
export async function updateListingAtVersion(
  db: TExecutor,
  id: string,
  version: number,
  input: Omit<TListingRowInput, 'id' | 'kind' | 'organizationId'> & { at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('connection_listings')
    .set({ ...contentColumns(input), updated_at: input.at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function closeListingAtVersion(
  db: TExecutor,
  id: string,
  version: number,
  status: TListingStatus,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('connection_listings')
    .set({ status, closed_at: at, updated_at: at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Closes every open listing of the organisation with this status ("left": it left the alliance), and
 * takes their terms out of matching; the ids of those closed.
 */
export async function closeOpenListingsOf(
  db: TExecutor,
  organizationId: string,
  status: TListingStatus,
  at: string,
): Promise<string[]> {
  const open = await db
    .selectFrom('connection_listings')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'open')
    .execute();
  const ids = open.map((r) => r.id);
  if (ids.length === 0) return [];
  await db
    .updateTable('connection_listings')
    .set((eb) => ({ status, closed_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', 'in', ids)
    .where('status', '=', 'open')
    .execute();
  await db.updateTable('connection_terms').set({ is_open: 0 }).where('listing_id', 'in', ids).execute();
  return ids;
}

/** The listing's matching terms, replaced as a whole. */
export async function replaceTerms(
  db: TExecutor,
  listingId: string,
  kind: TListingKind,
  terms: readonly string[],
  isOpen: boolean,
): Promise<void> {
  await db.deleteFrom('connection_terms').where('listing_id', '=', listingId).execute();
  const unique = [...new Set(terms)];
  for (let i = 0; i < unique.length; i += 200) {
    await db
      .insertInto('connection_terms')
      .values(
        unique
          .slice(i, i + 200)
          .map((term) => ({ listing_id: listingId, term, kind, is_open: isOpen ? 1 : 0 })),
      )
      .execute();
  }
}

export async function setTermsOpen(db: TExecutor, listingId: string, isOpen: boolean): Promise<void> {
  await db
    .updateTable('connection_terms')
    .set({ is_open: isOpen ? 1 : 0 })
    .where('listing_id', '=', listingId)
    .execute();
}

export async function findListing(db: TExecutor, id: string): Promise<TListing | undefined> {
  const row = await selectListings(db).where('l.id', '=', id).executeTakeFirst();
  return row ? listingOf(row as TListingRow) : undefined;
}

export async function listingsByIds(db: TExecutor, ids: readonly string[]): Promise<TListing[]> {
  if (ids.length === 0) return [];
  const rows = await selectListings(db)
    .where('l.id', 'in', [...ids])
    .execute();
  return rows.map((r) => listingOf(r as TListingRow));
}

/** What the browse page filters by: kind, kind of help, and terms (concepts, countries, languages). */
export type TListingFilters = {
  kind?: TListingKind | undefined;
  helpKind?: string | undefined;
  terms: string[];
};

function filtered(db: TExecutor, filters: TListingFilters, today: string) {
  let query = db
    .selectFrom('connection_listings as l')
    .innerJoin('organizations as o', 'o.id', 'l.organization_id')
    .where((eb) => isListed(eb, today));
  if (filters.kind) query = query.where('l.kind', '=', filters.kind);
  if (filters.helpKind) query = query.where('l.help_kind', '=', filters.helpKind);
  for (const term of filters.terms) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('connection_terms as f')
          .select('f.listing_id')
          .whereRef('f.listing_id', '=', 'l.id')
          .where('f.term', '=', term),
      ),
    );
  }
  return query;
}

export async function listListedListings(
  db: TExecutor,
  filters: TListingFilters,
  today: string,
  page: { limit: number; offset: number },
): Promise<{ items: TListing[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, filters, today)
      .select(listingColumns)
      .orderBy('l.created_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, filters, today)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirst(),
  ]);
  return { items: rows.map((r) => listingOf(r as TListingRow)), total: Number(count?.n ?? 0) };
}

/** Counts for the facets of the browse page, over the listings the current filters leave. */
export async function listingFacetCounts(
  db: TExecutor,
  filters: TListingFilters,
  today: string,
): Promise<{ kinds: Map<string, number>; helpKinds: Map<string, number>; terms: Map<string, number> }> {
  const [kinds, helps, terms] = await Promise.all([
    filtered(db, filters, today)
      .select(['l.kind as value', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('l.kind')
      .execute(),
    filtered(db, filters, today)
      .select(['l.help_kind as value', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('l.help_kind')
      .execute(),
    filtered(db, filters, today)
      .innerJoin('connection_terms as t', 't.listing_id', 'l.id')
      .select(['t.term as value', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('t.term')
      .execute(),
  ]);
  const toMap = (rows: { value: string; n: string | number }[]) =>
    new Map(rows.map((r) => [r.value, Number(r.n)]));
  return { kinds: toMap(kinds), helpKinds: toMap(helps), terms: toMap(terms) };
}

/** An organisation's listings, open first, newest first (its workspace and profile). */
export async function listOrganizationListings(
  db: TExecutor,
  organizationIds: readonly string[],
): Promise<TListing[]> {
  if (organizationIds.length === 0) return [];
  const rows = await selectListings(db)
    .where('l.organization_id', 'in', [...organizationIds])
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => listingOf(r as TListingRow));
}

/** The organisation's name, type and membership, for the form and the policy. */
export async function findOrganizationForListing(
  db: TExecutor,
  organizationId: string,
): Promise<(TListingOrganization & { isMember: boolean }) | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'stakeholder_type', 'membership_status'])
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        slug: row.slug,
        name: row.name,
        stakeholderType: row.stakeholder_type,
        isMember: row.membership_status === 'member',
      }
    : undefined;
}

/** Member organisations among these ids, by name (the organisations a person may publish for). */
export async function listMemberOrganizations(
  db: TExecutor,
  ids: readonly string[],
): Promise<TListingOrganization[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'stakeholder_type'])
    .where('id', 'in', [...ids])
    .where('membership_status', '=', 'member')
    .orderBy('sort_name')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, stakeholderType: r.stakeholder_type }));
}

/** Every listing, walked by id, for the search reindex. */
export const listingRows = recordRows('connection_listings', (db, ids) => listingsByIds(db, ids));

export type TOpenListingTerms = {
  /** The listing as matching scores it: everything but its description (left empty). */
  listing: TListing;
  terms: string[];
};

/**
 * Open listings with their open terms (the matching memory, connection-term-memory.ts): every one, or
 * those of the given ids (a listing not open any more comes back absent). Descriptions are not read.
 */
export async function openListingTerms(db: TExecutor, ids?: readonly string[]): Promise<TOpenListingTerms[]> {
  if (ids && ids.length === 0) return [];
  const columns = listingColumns.filter((c) => c !== 'l.description');
  let listings = db
    .selectFrom('connection_listings as l')
    .innerJoin('organizations as o', 'o.id', 'l.organization_id')
    .select(columns)
    .where('l.status', '=', 'open');
  let terms = db.selectFrom('connection_terms').select(['listing_id', 'term']).where('is_open', '=', 1);
  if (ids) {
    listings = listings.where('l.id', 'in', [...ids]);
    terms = terms.where('listing_id', 'in', [...ids]);
  }
  const [openRows, termRows] = await Promise.all([listings.execute(), terms.execute()]);
  const byId = new Map<string, TOpenListingTerms>();
  for (const r of openRows)
    byId.set(r.id, { listing: listingOf({ ...r, description: '' } as TListingRow), terms: [] });
  for (const r of termRows) byId.get(r.listing_id)?.terms.push(r.term);
  return [...byId.values()];
}

export type TListingToRemind = {
  id: string;
  kind: TListingKind;
  title: string;
  openUntil: string;
  organizationId: string;
};

/**
 * Open listings of member organisations whose last day falls between `today` and `lastDay` (both
 * included) and whose reminder for that date has not been sent: the expiry job's reminders.
 */
export async function listListingsToRemind(
  db: TExecutor,
  today: string,
  lastDay: string,
  limit: number,
): Promise<TListingToRemind[]> {
  const rows = await db
    .selectFrom('connection_listings as l')
    .innerJoin('organizations as o', 'o.id', 'l.organization_id')
    .select(['l.id', 'l.kind', 'l.title', 'l.open_until', 'l.organization_id'])
    .where('l.status', '=', 'open')
    .where('l.open_until', '>=', today)
    .where('l.open_until', '<=', lastDay)
    .where((eb) =>
      eb.or([eb('l.reminded_until', 'is', null), eb('l.reminded_until', '!=', eb.ref('l.open_until'))]),
    )
    .where('o.membership_status', '=', 'member')
    .orderBy('l.open_until')
    .orderBy('l.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as TListingKind,
    title: r.title,
    openUntil: r.open_until ?? today,
    organizationId: r.organization_id,
  }));
}

/** Notes the reminder for this date as sent, if the listing still ends on it; false otherwise. */
export async function markReminded(db: TExecutor, id: string, openUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('connection_listings')
    .set({ reminded_until: openUntil })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('open_until', '=', openUntil)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open listings whose last day is before `today`: to close as expired. */
export async function listExpiredOpenListings(db: TExecutor, today: string, limit: number) {
  return db
    .selectFrom('connection_listings')
    .select(['id', 'kind', 'organization_id', 'open_until'])
    .where('status', '=', 'open')
    .where('open_until', '<', today)
    .orderBy('open_until')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Closes a listing as expired if it is still open and past its date; false when it changed meanwhile. */
export async function closeExpiredListing(
  db: TExecutor,
  id: string,
  today: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('connection_listings')
    .set((eb) => ({ status: 'expired', closed_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('open_until', '<', today)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.updateTable('connection_terms').set({ is_open: 0 }).where('listing_id', '=', id).execute();
  return true;
}
