import type { Updateable } from 'kysely';
import { type Expression, type ExpressionBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { escapeLike, foldText } from '../../platform/text.ts';
import { regionOfCountry } from '../../taxonomy/organization-vocabulary.ts';
import type { TOrganizationDetailKey, TOrganizationRecord } from './organizations.record.ts';
import type { TDirectoryFilter } from './organizations.schemas.ts';

/**
 * The organisations domain's SQL: organisations, their countries (one row each, for facets), their
 * people, invitations, Care Champion status and the texts the secretariat edits.
 * Every function takes the database or a transaction.
 */

type TOrganizationRow = Selectable<Database['organizations']>;

function toOrganization(row: TOrganizationRow): TOrganizationRecord {
  const translations = parseJson<{ name?: Record<string, string>; description?: Record<string, string> }>(
    row.translations,
    {},
  );
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    nameTranslations: translations.name ?? {},
    descriptionTranslations: translations.description ?? {},
    stakeholderType: row.stakeholder_type,
    scope: row.scope,
    countries: parseJson<string[]>(row.countries, []),
    city: row.city,
    website: row.website,
    description: row.description,
    language: row.language,
    membershipStatus: row.membership_status,
    logoKey: row.logo_key,
    logoType: row.logo_type,
    logoWidth: row.logo_width,
    logoHeight: row.logo_height,
    publicEmail: row.public_email,
    publicPhone: row.public_phone,
    privateContacts: parseJson<Record<string, string>>(row.private_contacts, {}),
    isChampion: Number(row.is_champion) === 1,
    championSince: row.champion_since,
    championCitation: row.champion_citation,
    championCitationLanguage: row.champion_citation_language,
    publishedAt: row.published_at,
    applicationId: row.application_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The text the directory's text filter looks in: names in every language, acronym, city. */
export function searchTextOf(org: {
  name: string;
  acronym: string | null;
  nameTranslations: Record<string, string>;
  city: string | null;
}): string {
  return foldText(
    [org.name, org.acronym ?? '', ...Object.values(org.nameTranslations), org.city ?? ''].join(' '),
  );
}

/** A new organisation: its record's own fields, the optional ones left to their defaults, and when. */
export type TNewOrganization = Pick<
  TOrganizationRecord,
  'id' | 'slug' | TOrganizationDetailKey | 'website' | 'membershipStatus'
> &
  Partial<
    Pick<
      TOrganizationRecord,
      | 'descriptionTranslations'
      | 'publicEmail'
      | 'publicPhone'
      | 'privateContacts'
      | 'publishedAt'
      | 'applicationId'
    >
  > & { at: string };

/** Inserts an organisation with its country rows. Demo content and accepted applications both use it. */
export async function insertOrganization(db: TDb, org: TNewOrganization): Promise<void> {
  await db
    .insertInto('organizations')
    .values({
      id: org.id,
      slug: org.slug,
      name: org.name,
      acronym: org.acronym,
      stakeholder_type: org.stakeholderType,
      scope: org.scope,
      countries: JSON.stringify(org.countries),
      city: org.city,
      website: org.website,
      description: org.description,
      language: org.language,
      translations: JSON.stringify({
        name: org.nameTranslations,
        description: org.descriptionTranslations ?? {},
      }),
      membership_status: org.membershipStatus,
      sort_name: foldText(org.name),
      search_text: searchTextOf(org),
      public_email: org.publicEmail ?? null,
      public_phone: org.publicPhone ?? null,
      private_contacts: JSON.stringify(org.privateContacts ?? {}),
      published_at: org.publishedAt ?? null,
      application_id: org.applicationId ?? null,
      logo_key: null,
      logo_type: null,
      logo_width: null,
      logo_height: null,
      champion_since: null,
      champion_citation: null,
      champion_citation_language: null,
      created_at: org.at,
      updated_at: org.at,
    })
    .execute();
  await replaceOrganizationCountries(db, org.id, org.countries);
  await bumpDirectoryVersion(db);
}

/**
 * The directory's data version: a random token replaced by every write to organisations, in the
 * same transaction. Caches of counts (facets, the map) are valid while the token stays the same,
 * on every app node, as all read it from the shared database.
 */
export async function bumpDirectoryVersion(db: TDb): Promise<void> {
  const value = newId();
  await db
    .insertInto('app_meta')
    .values({ key: 'directory_version', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function readDirectoryVersion(db: TDb): Promise<string> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', 'directory_version')
    .executeTakeFirst();
  return row?.value ?? 'none';
}

export async function replaceOrganizationCountries(
  db: TDb,
  organizationId: string,
  codes: string[],
): Promise<void> {
  await db.deleteFrom('organization_countries').where('organization_id', '=', organizationId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('organization_countries')
    .values(
      [...new Set(codes)].map((code) => ({
        organization_id: organizationId,
        country_code: code,
        region: regionOfCountry(code) ?? null,
      })),
    )
    .execute();
}

export async function isSlugTaken(db: TDb, slug: string): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

export async function findOrganizationBySlug(
  db: TDb,
  slug: string,
): Promise<TOrganizationRecord | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toOrganization(row) : undefined;
}

export async function findOrganizationById(db: TDb, id: string): Promise<TOrganizationRecord | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganization(row) : undefined;
}

/** Every organisation's id, batch by batch, for a search reindex. */
export const organizationRows = recordRows('organizations', async (db, ids) => {
  const rows = await db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
  return rows.map(toOrganization);
});

/** Member organisations with the same folded name or website host, for duplicate warnings. */
export async function findMembersLike(
  db: TDb,
  match: { sortName: string; websiteHost: string | null },
): Promise<{ slug: string; name: string }[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['slug', 'name', 'website'])
    .where('membership_status', '=', 'member')
    .where((eb) => {
      const options: Expression<SqlBool>[] = [eb('sort_name', '=', match.sortName)];
      if (match.websiteHost)
        options.push(eb('website', 'like', sql<string>`${`%${escapeLike(match.websiteHost)}%`} escape '\\'`));
      return eb.or(options);
    })
    .limit(5)
    .execute();
  return rows.map((r) => ({ slug: r.slug, name: r.name }));
}

/** What the profile editor changes: the record's public details and private contacts, at a time. */
export type TProfileUpdate = Pick<
  TOrganizationRecord,
  | TOrganizationDetailKey
  | 'descriptionTranslations'
  | 'website'
  | 'publicEmail'
  | 'publicPhone'
  | 'privateContacts'
> & { at: string };

/** Saves a profile if nobody saved it since `version` was read; false when someone did. */
export async function updateOrganizationProfile(
  db: TDb,
  id: string,
  version: number,
  update: TProfileUpdate,
): Promise<boolean> {
  const isSaved = await updateAtVersion(db, 'organizations', id, version, {
    name: update.name,
    acronym: update.acronym,
    translations: JSON.stringify({
      name: update.nameTranslations,
      description: update.descriptionTranslations,
    }),
    stakeholder_type: update.stakeholderType,
    scope: update.scope,
    countries: JSON.stringify(update.countries),
    city: update.city,
    website: update.website,
    description: update.description,
    language: update.language,
    public_email: update.publicEmail,
    public_phone: update.publicPhone,
    private_contacts: JSON.stringify(update.privateContacts),
    sort_name: foldText(update.name),
    search_text: searchTextOf(update),
    updated_at: update.at,
    version: version + 1,
  });
  if (!isSaved) return false;
  await replaceOrganizationCountries(db, id, update.countries);
  await bumpDirectoryVersion(db);
  return true;
}

/**
 * Saves the name and description translations (and the search text that holds every name) if nobody
 * saved the organisation since `version`; false when someone did. The original-language fields stay.
 */
export async function updateOrganizationTranslations(
  db: TDb,
  id: string,
  version: number,
  update: Pick<
    TOrganizationRecord,
    'name' | 'acronym' | 'city' | 'nameTranslations' | 'descriptionTranslations'
  > & { at: string },
): Promise<boolean> {
  const isSaved = await updateAtVersion(db, 'organizations', id, version, {
    translations: JSON.stringify({
      name: update.nameTranslations,
      description: update.descriptionTranslations,
    }),
    search_text: searchTextOf(update),
    updated_at: update.at,
    version: version + 1,
  });
  if (!isSaved) return false;
  await bumpDirectoryVersion(db);
  return true;
}

export async function updateOrganizationLogo(
  db: TDb,
  id: string,
  logo: { key: string | null; type: string | null; width: number | null; height: number | null; at: string },
): Promise<void> {
  await setOrganizationColumns(db, id, {
    logo_key: logo.key,
    logo_type: logo.type,
    logo_width: logo.width,
    logo_height: logo.height,
    updated_at: logo.at,
  });
}

/** Writes some columns of one organisation (no version check) and tells the directory's memory. */
async function setOrganizationColumns(
  db: TDb,
  id: string,
  columns: Updateable<Database['organizations']>,
): Promise<void> {
  await db.updateTable('organizations').set(columns).where('id', '=', id).execute();
  await bumpDirectoryVersion(db);
}

export async function isMemberLogo(db: TDb, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('logo_key', '=', key)
    .where('membership_status', '=', 'member')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateChampionStatus(
  db: TDb,
  id: string,
  champion: {
    isChampion: boolean;
    since: string | null;
    citation: string | null;
    language: string | null;
    at: string;
  },
): Promise<void> {
  await setOrganizationColumns(db, id, {
    is_champion: champion.isChampion ? 1 : 0,
    champion_since: champion.since,
    champion_citation: champion.citation,
    champion_citation_language: champion.language,
    updated_at: champion.at,
  });
}

/* Figures for the home page */

export async function countMemberOrganizations(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('membership_status', '=', 'member')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countCountriesOfMembers(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('organization_countries')
    .innerJoin('organizations', 'organizations.id', 'organization_countries.organization_id')
    .select(sql<number>`count(distinct organization_countries.country_code)`.as('n'))
    .where('organizations.membership_status', '=', 'member')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/* The member directory */

type TFacet = 'type' | 'scope' | 'country' | 'region' | 'champion';

function directoryCondition(filter: TDirectoryFilter, except?: TFacet) {
  return (eb: ExpressionBuilder<Database, 'organizations'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('organizations.membership_status', '=', 'member')];
    if (filter.type && except !== 'type')
      conditions.push(eb('organizations.stakeholder_type', '=', filter.type));
    if (filter.scope && except !== 'scope') conditions.push(eb('organizations.scope', '=', filter.scope));
    if (filter.isChampion && except !== 'champion') conditions.push(eb('organizations.is_champion', '=', 1));
    // Uncorrelated subqueries: SQLite and PostgreSQL build the set of ids once.
    const workingIn = (column: 'country_code' | 'region', value: string) =>
      eb(
        'organizations.id',
        'in',
        eb
          .selectFrom('organization_countries')
          .select('organization_countries.organization_id')
          .where(`organization_countries.${column}`, '=', value),
      );
    if (filter.country && except !== 'country') conditions.push(workingIn('country_code', filter.country));
    if (filter.region && except !== 'region') conditions.push(workingIn('region', filter.region));
    if (filter.q) {
      const pattern = `%${escapeLike(foldText(filter.q))}%`;
      conditions.push(sql<SqlBool>`organizations.search_text like ${pattern} escape '\\'`);
    }
    return eb.and(conditions);
  };
}

export type TDirectoryEntry = Pick<
  TOrganizationRecord,
  | 'id'
  | 'slug'
  | TOrganizationDetailKey
  | 'website'
  | 'logoKey'
  | 'isChampion'
  | 'championSince'
  | 'publishedAt'
>;

/** One page of the directory: champions first, then by name. */
export async function listDirectory(
  db: TDb,
  filter: TDirectoryFilter,
  limit: number,
  offset: number,
): Promise<TDirectoryEntry[]> {
  const rows = await db
    .selectFrom('organizations')
    .select([
      'id',
      'slug',
      'name',
      'acronym',
      'translations',
      'stakeholder_type',
      'scope',
      'countries',
      'city',
      'website',
      'description',
      'language',
      'logo_key',
      'is_champion',
      'champion_since',
      'published_at',
    ])
    .where(directoryCondition(filter))
    .orderBy('is_champion', 'desc')
    .orderBy('sort_name')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    acronym: r.acronym,
    nameTranslations: parseJson<{ name?: Record<string, string> }>(r.translations, {}).name ?? {},
    stakeholderType: r.stakeholder_type,
    scope: r.scope,
    countries: parseJson<string[]>(r.countries, []),
    city: r.city,
    website: r.website,
    description: r.description,
    language: r.language,
    logoKey: r.logo_key,
    isChampion: Number(r.is_champion) === 1,
    championSince: r.champion_since,
    publishedAt: r.published_at,
  }));
}

export async function countDirectory(db: TDb, filter: TDirectoryFilter): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(directoryCondition(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type TDirectoryFacets = {
  type: Map<string, number>;
  scope: Map<string, number>;
  country: Map<string, number>;
  region: Map<string, number>;
  champion: number;
};

/**
 * Counts per facet value. Each facet is counted under all the other filters but not its own, so a
 * chosen type still shows how many members the other types have.
 */
export async function countDirectoryFacets(db: TDb, filter: TDirectoryFilter): Promise<TDirectoryFacets> {
  const grouped = async (column: 'stakeholder_type' | 'scope', facet: TFacet) => {
    const rows = await db
      .selectFrom('organizations')
      .select([column, (eb) => eb.fn.countAll<number>().as('n')])
      .where(directoryCondition(filter, facet))
      .groupBy(column)
      .execute();
    return new Map(rows.map((r) => [String((r as Record<string, unknown>)[column]), Number(r.n)]));
  };
  const idsUnder = (facet: TFacet) =>
    db.selectFrom('organizations').select('organizations.id').where(directoryCondition(filter, facet));
  const countryRows = await db
    .selectFrom('organization_countries')
    .select(['country_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', 'in', idsUnder('country'))
    .groupBy('country_code')
    .execute();
  const regionRows = await db
    .selectFrom('organization_countries')
    .select(['region', sql<number>`count(distinct organization_id)`.as('n')])
    .where('organization_id', 'in', idsUnder('region'))
    .where('region', 'is not', null)
    .groupBy('region')
    .execute();
  const champion = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(directoryCondition(filter, 'champion'))
    .where('is_champion', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    type: await grouped('stakeholder_type', 'type'),
    scope: await grouped('scope', 'scope'),
    country: new Map(countryRows.map((r) => [r.country_code, Number(r.n)])),
    region: new Map(regionRows.map((r) => [String(r.region), Number(r.n)])),
    champion: Number(champion.n),
  };
}

/** Members per country, for the map. */
export async function countMembersByCountry(db: TDb): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('organization_countries')
    .innerJoin('organizations', 'organizations.id', 'organization_countries.organization_id')
    .select(['organization_countries.country_code as code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organizations.membership_status', '=', 'member')
    .groupBy('organization_countries.country_code')
    .execute();
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/* People of an organisation */

export async function listOrganizationsOfUser(db: TDb, userId: string) {
  return db
    .selectFrom('organization_members')
    .innerJoin('organizations', 'organizations.id', 'organization_members.organization_id')
    .select(['organizations.slug', 'organizations.name', 'organization_members.role'])
    .where('organization_members.user_id', '=', userId)
    .orderBy('organizations.sort_name')
    .execute();
}

/** Adds a person with a role, or changes the role of someone already there. */
export async function upsertOrganizationPerson(
  db: TDb,
  person: { organizationId: string; userId: string; role: string; addedBy: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('organization_members')
    .values({
      organization_id: person.organizationId,
      user_id: person.userId,
      role: person.role,
      added_at: person.at,
      added_by: person.addedBy,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'user_id']).doUpdateSet({ role: person.role }))
    .execute();
}

export async function deleteOrganizationPerson(
  db: TDb,
  organizationId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('organization_members')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function listOrganizationPeople(db: TDb, organizationId: string) {
  return db
    .selectFrom('organization_members')
    .innerJoin('users', 'users.id', 'organization_members.user_id')
    .select([
      'users.id as userId',
      'users.name',
      'users.email',
      'organization_members.role',
      'organization_members.added_at as addedAt',
    ])
    .where('organization_members.organization_id', '=', organizationId)
    .orderBy('users.name')
    .execute();
}

/** Counts owners after locking their rows, so two owners cannot remove each other at once. */
export async function lockAndCountOwners(db: TDb, organizationId: string): Promise<number> {
  await db
    .updateTable('organization_members')
    .set({ role: sql`role` })
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .execute();
  const row = await db
    .selectFrom('organization_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/* Invitations */

export async function insertInvitation(
  db: TDb,
  invitation: {
    id: string;
    organizationId: string;
    email: string;
    role: string;
    tokenHash: string;
    invitedBy: string;
    at: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('organization_invitations')
    .values({
      id: invitation.id,
      organization_id: invitation.organizationId,
      email: invitation.email,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.at,
      expires_at: invitation.expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .execute();
}

export async function findOpenInvitation(db: TDb, tokenHash: string, nowIso: string) {
  return db
    .selectFrom('organization_invitations')
    .innerJoin('organizations', 'organizations.id', 'organization_invitations.organization_id')
    .select([
      'organization_invitations.id',
      'organization_invitations.organization_id as organizationId',
      'organization_invitations.email',
      'organization_invitations.role',
      'organizations.name as organizationName',
      'organizations.slug as organizationSlug',
    ])
    .where('organization_invitations.token_hash', '=', tokenHash)
    .where('organization_invitations.accepted_at', 'is', null)
    .where('organization_invitations.revoked_at', 'is', null)
    .where('organization_invitations.expires_at', '>', nowIso)
    .executeTakeFirst();
}

/** Marks an invitation used; only one caller wins. */
export async function markInvitationAccepted(
  db: TDb,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('organization_invitations')
    .set({ accepted_at: at, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeInvitation(
  db: TDb,
  organizationId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('organization_invitations')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOpenInvitations(db: TDb, organizationId: string, nowIso: string) {
  return db
    .selectFrom('organization_invitations')
    .select(['id', 'email', 'role', 'created_at as createdAt', 'expires_at as expiresAt'])
    .where('organization_id', '=', organizationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .orderBy('created_at', 'desc')
    .execute();
}

/* Champions and texts the secretariat edits */

export async function listChampions(db: TDb) {
  return db
    .selectFrom('organizations')
    .select([
      'slug',
      'name',
      'translations',
      'champion_since as championSince',
      'champion_citation as citation',
    ])
    .where('membership_status', '=', 'member')
    .where('is_champion', '=', 1)
    .orderBy('champion_since')
    .orderBy('sort_name')
    .execute();
}

/** Site texts moved to core (shared with the commitments domain's round names). */
export { readSiteText, writeSiteText } from '../../core/site-texts.ts';

/** Which of these stored-file keys an organisation's logo is (the orphan file sweep asks). */
export async function findReferencedLogoKeys(db: TDb, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('organizations')
    .select('logo_key')
    .where('logo_key', 'in', keys)
    .execute();
  return rows.flatMap((row) => (row.logo_key ? [row.logo_key] : []));
}

/**
 * A member becomes a former member (it left the alliance, or the secretariat ended its membership),
 * if it is still a member at `version`; the directory's caches are told in the same transaction.
 */
export async function markFormerMember(db: TDb, id: string, version: number, at: string): Promise<boolean> {
  const isMarked = await updateAtVersion(
    db,
    'organizations',
    id,
    version,
    { membership_status: 'former', updated_at: at, version: version + 1 },
    { column: 'membership_status', in: ['member'] },
  );
  if (!isMarked) return false;
  await bumpDirectoryVersion(db);
  return true;
}

/** Member organisations' names in every language and acronyms: what a document may name them by. */
export async function listMemberNames(
  db: TDb,
): Promise<{ id: string; slug: string; name: string; acronym: string | null; names: string[] }[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'acronym', 'translations'])
    .where('membership_status', '=', 'member')
    .orderBy('name')
    .limit(5000)
    .execute();
  return rows.map((row) => {
    const translated = parseJson<{ name?: Record<string, string> }>(row.translations, {}).name ?? {};
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      acronym: row.acronym,
      names: [...new Set([row.name, ...Object.values(translated)].filter((n) => n.trim().length > 0))],
    };
  });
}
