import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import { updateAtVersion } from '../../core/records.ts';
import { insertRows } from '../../platform/db/bulk-insert.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database, PracticesTable } from '../../platform/db/schema.ts';
import type {
  TLinkedRecommendation,
  TMemberChoice,
  TOrganizationLink,
  TPracticeFile,
} from './practice-record.ts';
import { practiceFromRow, type TFacetRow, type TPractice } from './practice-record.ts';

/** The only SQL of the practices domain. */
type TExecutor = Kysely<Database> | Transaction<Database>;

export async function insertPractice(executor: TExecutor, row: Insertable<PracticesTable>): Promise<void> {
  await executor.insertInto('practices').values(row).execute();
}

/** Many new practices with their facet rows, a statement per table (the bulk import's chunk). */
export async function insertPractices(
  executor: TExecutor,
  rows: ReadonlyArray<Insertable<PracticesTable>>,
  facets: ReadonlyArray<{ practiceId: string; facets: readonly TFacetRow[] }>,
): Promise<void> {
  await insertRows(executor, 'practices', rows);
  const facetRows = facets.flatMap(({ practiceId, facets: list }) =>
    list.map((f) => ({ practice_id: practiceId, facet: f.facet, value: f.value })),
  );
  await insertRows(executor, 'practice_facets', facetRows);
}

/** Updates a practice if it is still at the version the writer read; false when someone was faster. */
export async function updatePractice(
  executor: TExecutor,
  id: string,
  expectedVersion: number,
  patch: Updateable<PracticesTable>,
): Promise<boolean> {
  return updateAtVersion(executor, 'practices', id, expectedVersion, patch);
}

/** What a practice is found by: its slug or its id (both unique). */
type TPracticeKey = 'slug' | 'id';

async function findPracticeBy(
  executor: TExecutor,
  key: TPracticeKey,
  value: string,
): Promise<TPractice | undefined> {
  const row = await executor.selectFrom('practices').selectAll().where(key, '=', value).executeTakeFirst();
  return row ? practiceFromRow(row) : undefined;
}

export const findPracticeBySlug = (executor: TExecutor, slug: string) =>
  findPracticeBy(executor, 'slug', slug);
export const findPracticeById = (executor: TExecutor, id: string) => findPracticeBy(executor, 'id', id);

/** The practices with one of these slugs (or ids), in no particular order. */
async function listPracticesBy(db: TDb, key: TPracticeKey, values: readonly string[]): Promise<TPractice[]> {
  if (values.length === 0) return [];
  const rows = await db
    .selectFrom('practices')
    .selectAll()
    .where(key, 'in', [...values])
    .execute();
  return rows.map(practiceFromRow);
}

export const listPracticesBySlugs = (db: TDb, slugs: readonly string[]) => listPracticesBy(db, 'slug', slugs);
export const listPracticesByIds = (db: TDb, ids: readonly string[]) => listPracticesBy(db, 'id', ids);

/** Every practice's id, batch by batch, for a search reindex. */
export const practiceRows = recordRows('practices', listPracticesByIds);

export async function isSlugTaken(executor: TExecutor, slug: string): Promise<boolean> {
  const row = await executor.selectFrom('practices').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Which of these slugs practices already use. */
export async function listTakenSlugs(executor: TExecutor, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await executor
    .selectFrom('practices')
    .select('slug')
    .where('slug', 'in', [...slugs])
    .execute();
  return rows.map((r) => r.slug);
}

export async function replaceFacets(
  executor: TExecutor,
  practiceId: string,
  facets: TFacetRow[],
): Promise<void> {
  await executor.deleteFrom('practice_facets').where('practice_id', '=', practiceId).execute();
  if (facets.length === 0) return;
  await executor
    .insertInto('practice_facets')
    .values(facets.map((f) => ({ practice_id: practiceId, facet: f.facet, value: f.value })))
    .execute();
}

/** A practice as it stood at one version, with who saved it and why. */
export type TNewRevision = {
  id: string;
  practiceId: string;
  version: number;
  snapshot: string;
  note: string | null;
  actorId: string | null;
  at: string;
};

export function insertRevision(executor: TExecutor, revision: TNewRevision): Promise<void> {
  return insertRevisions(executor, [revision]);
}

/** Many revisions, a few to a statement (the bulk import's chunk). */
export async function insertRevisions(
  executor: TExecutor,
  revisions: readonly TNewRevision[],
): Promise<void> {
  const rows = revisions.map((revision) => ({
    id: revision.id,
    practice_id: revision.practiceId,
    version: revision.version,
    snapshot: revision.snapshot,
    note: revision.note,
    actor_id: revision.actorId,
    created_at: revision.at,
  }));
  await insertRows(executor, 'practice_revisions', rows);
}

export type TRevisionRow = {
  version: number;
  snapshot: string;
  note: string | null;
  createdAt: string;
  actorName: string | null;
};

export async function listRevisions(db: TDb, practiceId: string): Promise<TRevisionRow[]> {
  return db
    .selectFrom('practice_revisions')
    .leftJoin('users', 'users.id', 'practice_revisions.actor_id')
    .select([
      'practice_revisions.version',
      'practice_revisions.snapshot',
      'practice_revisions.note',
      'practice_revisions.created_at as createdAt',
      'users.name as actorName',
    ])
    .where('practice_revisions.practice_id', '=', practiceId)
    .orderBy('practice_revisions.version', 'desc')
    .execute();
}

export type TFacetFilter = { facet: string; values: readonly string[] };

export type TListQuery = {
  filters: readonly TFacetFilter[];
  sort: 'newest' | 'title';
  limit: number;
  offset: number;
};

/**
 * Below this many matches a filtered page is read from the matches and sorted; above it, practices are
 * walked in the page's order until the page is full (ADR 0130).
 */
const SORTED_MATCHES_AT_MOST = 2_000;

/**
 * Published practices matching every filter (any of a filter's values), newest first. Only published
 * practices have facet rows (ADR 0130): with filters, the matches are found from the facet index alone and
 * counted there; a few are read and sorted, many are walked in order by the published-practice index.
 */
export async function listPublishedPractices(
  db: TDb,
  query: TListQuery,
  sortedMatchesAtMost = SORTED_MATCHES_AT_MOST,
): Promise<{ items: TPractice[]; total: number }> {
  const filters = query.filters.filter((f) => f.values.length > 0);
  const matching = (isWalkingPublished: boolean) => {
    let base = db.selectFrom('practices');
    if (isWalkingPublished) base = base.where('practices.status', '=', 'published');
    for (const filter of filters) {
      base = base.where('practices.id', 'in', (eb) =>
        eb
          .selectFrom('practice_facets')
          .select('practice_facets.practice_id')
          .where('practice_facets.facet', '=', filter.facet)
          .where('practice_facets.value', 'in', [...filter.values]),
      );
    }
    return base;
  };
  const totalRow = await matching(filters.length === 0)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const total = Number(totalRow.n);
  let ordered = matching(filters.length === 0 || total > sortedMatchesAtMost).selectAll('practices');
  ordered =
    query.sort === 'title'
      ? ordered.orderBy('practices.title').orderBy('practices.id')
      : ordered.orderBy('practices.published_at', 'desc').orderBy('practices.id', 'desc');
  const rows = await ordered.limit(query.limit).offset(query.offset).execute();
  return { items: rows.map(practiceFromRow), total };
}

/**
 * How many published practices carry each value of a facet (for browse pages and their counts): only
 * published practices have facet rows (ADR 0130), so this is a walk of the (facet, value) index alone.
 */
export async function countPublishedByFacet(
  db: TDb,
  facet: string,
): Promise<{ value: string; count: number }[]> {
  const rows = await db
    .selectFrom('practice_facets')
    .select(['value', (eb) => eb.fn.countAll<number>().as('count')])
    .where('facet', '=', facet)
    .groupBy('value')
    .orderBy('count', 'desc')
    .orderBy('value')
    .execute();
  return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
}

/**
 * Published practices (the only ones with facet rows, ADR 0130) sharing the most concepts (themes,
 * populations, 5R, SDG) with this one.
 */
export async function listRelatedPractices(db: TDb, practiceId: string, limit: number): Promise<TPractice[]> {
  const conceptFacets = ['theme', 'population', 'five_r', 'sdg_target'];
  const ranked = await db
    .selectFrom('practice_facets as mine')
    .innerJoin('practice_facets as theirs', (join) =>
      join.onRef('theirs.facet', '=', 'mine.facet').onRef('theirs.value', '=', 'mine.value'),
    )
    .select(['theirs.practice_id as id', (eb) => eb.fn.countAll<number>().as('shared')])
    .where('mine.practice_id', '=', practiceId)
    .where('mine.facet', 'in', conceptFacets)
    .where('theirs.practice_id', '!=', practiceId)
    .groupBy('theirs.practice_id')
    .orderBy('shared', 'desc')
    .orderBy('theirs.practice_id', 'desc')
    .limit(limit)
    .execute();
  const practices = await listPracticesByIds(
    db,
    ranked.map((r) => r.id),
  );
  const byId = new Map(practices.map((p) => [p.id, p]));
  return ranked.map((r) => byId.get(r.id)).filter((p): p is TPractice => p !== undefined);
}

export async function listPracticesInStatus(
  db: TDb,
  statuses: readonly string[],
  limit: number,
): Promise<TPractice[]> {
  const rows = await db
    .selectFrom('practices')
    .selectAll()
    .where('status', 'in', [...statuses])
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(practiceFromRow);
}

/** Practices a person wrote or that belong to one of their organisations, any status. */
export async function listPracticesOfAuthor(
  db: TDb,
  userId: string,
  organizationIds: readonly string[],
): Promise<TPractice[]> {
  const rows = await db
    .selectFrom('practices')
    .selectAll()
    .where((eb) =>
      organizationIds.length > 0
        ? eb.or([eb('created_by', '=', userId), eb('organization_id', 'in', [...organizationIds])])
        : eb('created_by', '=', userId),
    )
    .orderBy('updated_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(practiceFromRow);
}

/** Every published practice's slug and last change, for the sitemap; newest first. */
export async function listPublishedSlugs(
  db: TDb,
  limit: number,
): Promise<{ slug: string; language: string; updatedAt: string }[]> {
  return db
    .selectFrom('practices')
    .select(['slug', 'language', 'updated_at as updatedAt'])
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
}

/** Member organisations by slug, to link implementers to their profiles. */
export async function findOrganizationsBySlugs(
  db: TDb,
  slugs: readonly string[],
): Promise<TOrganizationLink[]> {
  if (slugs.length === 0) return [];
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name'])
    .where('slug', 'in', [...slugs])
    .where('membership_status', '=', 'member')
    .execute();
}

const memberNameOrder = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

/**
 * Every member organisation's name, for the implementer rows' suggestions and to link a typed name.
 * Sorted here, not by ORDER BY: SQLite compares bytes ("Zeta" before "alpha" before "Ärzte") and
 * PostgreSQL its database collation, so the same members came in two orders. One Unicode collation,
 * then the slug (unique), gives one order on both.
 */
export async function listMemberChoices(db: TDb): Promise<TMemberChoice[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['slug', 'name', 'acronym'])
    .where('membership_status', '=', 'member')
    .execute();
  return rows.sort(
    (a, b) => memberNameOrder.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

export async function insertPracticeFile(
  executor: TExecutor,
  file: { practiceId: string; uploadId: string; title: string; at: string },
): Promise<void> {
  await executor
    .insertInto('practice_files')
    .values({ practice_id: file.practiceId, upload_id: file.uploadId, title: file.title, added_at: file.at })
    .execute();
}

export async function listPracticeFiles(db: TDb, practiceId: string): Promise<TPracticeFile[]> {
  return db
    .selectFrom('practice_files')
    .innerJoin('uploads', 'uploads.id', 'practice_files.upload_id')
    .select([
      'practice_files.upload_id as uploadId',
      'practice_files.title',
      'uploads.content_type as contentType',
      'uploads.byte_size as byteSize',
      'uploads.storage_key as storageKey',
      'uploads.original_name as originalName',
    ])
    .where('practice_files.practice_id', '=', practiceId)
    .orderBy('practice_files.added_at')
    .execute();
}

export async function insertUpload(
  executor: TExecutor,
  upload: {
    id: string;
    storageKey: string;
    originalName: string;
    contentType: string;
    byteSize: number;
    sha256: string;
    at: string;
    createdBy: string | null;
  },
): Promise<void> {
  await executor
    .insertInto('uploads')
    .values({
      id: upload.id,
      storage_key: upload.storageKey,
      purpose: 'practice_file',
      original_name: upload.originalName,
      content_type: upload.contentType,
      byte_size: upload.byteSize,
      sha256: upload.sha256,
      created_at: upload.at,
      created_by: upload.createdBy,
    })
    .execute();
}

/** Deletes a practice's file and its upload row; the stored object's key, or null when there was none. */
export async function deletePracticeFile(
  executor: TExecutor,
  practiceId: string,
  uploadId: string,
): Promise<{ storageKey: string; title: string } | null> {
  const row = await executor
    .selectFrom('practice_files')
    .innerJoin('uploads', 'uploads.id', 'practice_files.upload_id')
    .select(['uploads.storage_key as storageKey', 'practice_files.title'])
    .where('practice_files.practice_id', '=', practiceId)
    .where('practice_files.upload_id', '=', uploadId)
    .executeTakeFirst();
  if (!row) return null;
  await executor
    .deleteFrom('practice_files')
    .where('practice_id', '=', practiceId)
    .where('upload_id', '=', uploadId)
    .execute();
  await executor.deleteFrom('uploads').where('id', '=', uploadId).execute();
  return row;
}

/** How many files each of these practices has (practices without files are absent). */
export async function countFilesOfPractices(
  db: TDb,
  practiceIds: readonly string[],
): Promise<Map<string, number>> {
  if (practiceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('practice_files')
    .select(['practice_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('practice_id', 'in', [...practiceIds])
    .groupBy('practice_id')
    .execute();
  return new Map(rows.map((r) => [r.practice_id, Number(r.n)]));
}

/* Links to event recommendations the practice responds to */

function linkedRecommendationQuery(db: TExecutor) {
  return (
    db
      .selectFrom('event_recommendations')
      .innerJoin('events', 'events.id', 'event_recommendations.event_id')
      .select([
        'event_recommendations.id',
        'event_recommendations.verb',
        'event_recommendations.text',
        'event_recommendations.language',
        'events.slug as eventSlug',
        'events.title as eventTitle',
        'events.language as eventLanguage',
        'events.status as eventStatus',
      ])
      // Never a meeting held for a community's readers only (ADR 0070).
      .where('events.audience', '=', 'public')
  );
}

/** A recommendation with its event, to check it exists (and is public) before linking it. */
export async function findRecommendationForLink(
  executor: TExecutor,
  recommendationId: string,
): Promise<TLinkedRecommendation | undefined> {
  return linkedRecommendationQuery(executor)
    .where('event_recommendations.id', '=', recommendationId)
    .executeTakeFirst();
}

/** The recommendations a practice responds to, in the order they were linked. */
export async function listLinkedRecommendations(
  db: TExecutor,
  practiceId: string,
): Promise<TLinkedRecommendation[]> {
  return linkedRecommendationQuery(db)
    .innerJoin(
      'practice_recommendations',
      'practice_recommendations.recommendation_id',
      'event_recommendations.id',
    )
    .where('practice_recommendations.practice_id', '=', practiceId)
    .orderBy('practice_recommendations.added_at')
    .orderBy('event_recommendations.id')
    .execute();
}

/** Links a recommendation; false when the link was already there. */
export async function insertRecommendationLink(
  executor: TExecutor,
  link: { practiceId: string; recommendationId: string; actorId: string | null; at: string },
): Promise<boolean> {
  const result = await executor
    .insertInto('practice_recommendations')
    .values({
      practice_id: link.practiceId,
      recommendation_id: link.recommendationId,
      added_by: link.actorId,
      added_at: link.at,
    })
    .onConflict((oc) => oc.columns(['practice_id', 'recommendation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteRecommendationLink(
  executor: TExecutor,
  practiceId: string,
  recommendationId: string,
): Promise<boolean> {
  const result = await executor
    .deleteFrom('practice_recommendations')
    .where('practice_id', '=', practiceId)
    .where('recommendation_id', '=', recommendationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Every published practice's slug, title and language (what another record picks it by). */
export async function listPublishedTitles(
  db: TDb,
): Promise<{ slug: string; title: string; language: string }[]> {
  return db
    .selectFrom('practices')
    .select(['slug', 'title', 'language'])
    .where('status', '=', 'published')
    .execute();
}
