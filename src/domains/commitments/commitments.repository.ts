import {
  type Expression,
  type ExpressionBuilder,
  type Selectable,
  type SqlBool,
  sql,
  type Updateable,
} from 'kysely';
import { organizationColumns } from '../../core/organization-columns.ts';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { CommitmentsTable, Database } from '../../platform/db/schema.ts';
import { escapeLike, foldText } from '../../platform/text.ts';
import type { TStalenessCutoffs } from './commitment-staleness.ts';
import type { TCommitmentStatus } from './commitment-vocabulary.ts';
import type { TCommitment, TDeliverable, TListedCommitment } from './commitments.record.ts';
import type { TCommitmentFilter } from './commitments.schemas.ts';

/**
 * The commitments domain's SQL for commitments themselves: the record, its makers, deliverables and
 * facets, and the listings. Every function takes the database or a transaction.
 */

export type TMaker = {
  organizationId: string;
  slug: string;
  name: string;
  stakeholderType: string;
  role: 'lead' | 'co_maker';
  status: 'pending' | 'confirmed' | 'declined';
  invitedAt: string;
  respondedAt: string | null;
};

type TRow = Selectable<CommitmentsTable>;

export function toCommitment(row: TRow): TCommitment {
  const translations = parseJson<Partial<TCommitment['translations']>>(row.translations, {});
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TCommitmentStatus,
    cycleId: row.cycle_id,
    leadOrganizationId: row.lead_organization_id,
    stakeholderType: row.stakeholder_type,
    language: row.language,
    title: row.title,
    description: row.description,
    translations: { title: translations.title ?? {}, description: translations.description ?? {} },
    kind: row.kind,
    stage: row.stage,
    level: row.level,
    countries: parseJson<string[]>(row.countries, []),
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    startDate: row.start_date,
    endDate: row.end_date,
    fiveR: parseJson<string[]>(row.five_r, []),
    sdgTargets: parseJson<string[]>(row.sdg_targets, []),
    themes: parseJson<string[]>(row.themes, []),
    practiceLinks: parseJson<string[]>(row.practice_links, []),
    eventLinks: parseJson<string[]>(row.event_links, []),
    reviewComment: row.review_comment,
    progressStatus: row.progress_status,
    progressPercent: row.progress_percent === null ? null : Number(row.progress_percent),
    lastReportAt: row.last_report_at,
    finalReportAt: row.final_report_at,
    reportCount: Number(row.report_count),
    createdBy: row.created_by,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    withdrawnAt: row.withdrawn_at ?? null,
    withdrawalReason: row.withdrawal_reason ?? null,
    withdrawnBy: row.withdrawn_by ?? null,
    fromConnectionAt: row.from_connection_at ?? null,
  };
}

/** The text the listing's text filter looks in: titles in every language and the description. */
export function searchTextOf(c: {
  title: string;
  description: string;
  translations: TCommitment['translations'];
}): string {
  return foldText(
    [c.title, ...Object.values(c.translations.title), c.description.slice(0, 2000)].join(' '),
  ).slice(0, 4000);
}

export type TCommitmentRow = Omit<
  TRow,
  | 'description'
  | 'translations'
  | 'countries'
  | 'five_r'
  | 'sdg_targets'
  | 'themes'
  | 'practice_links'
  | 'event_links'
  | 'search_text'
  | 'report_count'
  | 'version'
  | 'withdrawn_at'
  | 'withdrawal_reason'
  | 'withdrawn_by'
  | 'from_connection_at'
> &
  Partial<
    Pick<
      TRow,
      | 'version'
      | 'report_count'
      | 'withdrawn_at'
      | 'withdrawal_reason'
      | 'withdrawn_by'
      | 'from_connection_at'
    >
  > & {
    description: string;
    translations: string;
    countries: string;
    five_r: string;
    sdg_targets: string;
    themes: string;
    practice_links: string;
    event_links: string;
    search_text: string;
  };

export async function insertCommitment(db: TDb, row: TCommitmentRow): Promise<void> {
  await db.insertInto('commitments').values(row).execute();
}

/** Saves if nobody saved since `version` was read; false when someone did. */
export async function updateCommitment(
  db: TDb,
  id: string,
  version: number,
  patch: Updateable<CommitmentsTable>,
): Promise<boolean> {
  return updateAtVersion(db, 'commitments', id, version, { ...patch, version: version + 1 });
}

export async function findCommitmentBySlug(db: TDb, slug: string): Promise<TCommitment | undefined> {
  const row = await db.selectFrom('commitments').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toCommitment(row) : undefined;
}

export async function findCommitmentById(db: TDb, id: string): Promise<TCommitment | undefined> {
  const row = await db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCommitment(row) : undefined;
}

/** Every commitment's id, batch by batch, for a search reindex. */
export const commitmentRows = recordRows('commitments', async (db, ids) => {
  const rows = await db.selectFrom('commitments').selectAll().where('id', 'in', ids).execute();
  return rows.map(toCommitment);
});

export async function isCommitmentSlugTaken(db: TDb, slug: string): Promise<boolean> {
  const row = await db.selectFrom('commitments').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/* Deliverables */

export async function listDeliverables(db: TDb, commitmentId: string): Promise<TDeliverable[]> {
  const rows = await db
    .selectFrom('commitment_deliverables')
    .selectAll()
    .where('commitment_id', '=', commitmentId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: Number(r.position),
    title: r.title,
    measure: r.measure,
    target: r.target,
    dueDate: r.due_date,
    latestStatus: r.latest_status,
    latestPercent: r.latest_percent === null ? null : Number(r.latest_percent),
  }));
}

/**
 * Makes the deliverables exactly `rows` (in order): known ids are updated, new rows inserted, and
 * missing ones deleted unless a progress report already speaks of them (those are kept, last).
 */
export async function replaceDeliverables(
  db: TDb,
  commitmentId: string,
  rows: readonly { id: string; title: string; measure: string; target: string; dueDate: string | null }[],
  at: string,
): Promise<void> {
  const existing = await listDeliverables(db, commitmentId);
  const keep = new Set(rows.map((r) => r.id));
  const reported = new Set(
    (
      await db
        .selectFrom('commitment_report_items')
        .innerJoin(
          'commitment_deliverables',
          'commitment_deliverables.id',
          'commitment_report_items.deliverable_id',
        )
        .select('commitment_report_items.deliverable_id as id')
        .where('commitment_deliverables.commitment_id', '=', commitmentId)
        .execute()
    ).map((r) => r.id),
  );
  const gone = existing.filter((d) => !keep.has(d.id) && !reported.has(d.id)).map((d) => d.id);
  if (gone.length > 0) await db.deleteFrom('commitment_deliverables').where('id', 'in', gone).execute();
  const known = new Set(existing.map((d) => d.id));
  let position = 0;
  for (const row of rows) {
    position += 1;
    const values = {
      title: row.title,
      measure: row.measure,
      target: row.target,
      due_date: row.dueDate,
      position,
    };
    if (known.has(row.id)) {
      await db
        .updateTable('commitment_deliverables')
        .set(values)
        .where('id', '=', row.id)
        .where('commitment_id', '=', commitmentId)
        .execute();
    } else {
      await db
        .insertInto('commitment_deliverables')
        .values({
          id: row.id,
          commitment_id: commitmentId,
          ...values,
          latest_status: null,
          latest_percent: null,
          created_at: at,
        })
        .execute();
    }
  }
  for (const d of existing) {
    if (keep.has(d.id) || !reported.has(d.id)) continue;
    position += 1;
    await db.updateTable('commitment_deliverables').set({ position }).where('id', '=', d.id).execute();
  }
}

/* Makers */

/** Makers joined to their organisations, the lead first, then by the organisation's name. */
function makersQuery(db: TDb) {
  return db
    .selectFrom('commitment_makers')
    .innerJoin('organizations', 'organizations.id', 'commitment_makers.organization_id')
    .select([...organizationColumns, 'commitment_makers.role', 'commitment_makers.status'])
    .orderBy('commitment_makers.role', 'desc')
    .orderBy('organizations.sort_name');
}

export async function listMakers(db: TDb, commitmentId: string): Promise<TMaker[]> {
  const rows = await makersQuery(db)
    .select([
      'organizations.stakeholder_type as stakeholderType',
      'commitment_makers.invited_at as invitedAt',
      'commitment_makers.responded_at as respondedAt',
    ])
    .where('commitment_makers.commitment_id', '=', commitmentId)
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as TMaker['role'], status: r.status as TMaker['status'] }));
}

/**
 * Sets the lead (confirmed) and the co-makers: new co-makers start pending, those already there keep
 * their answer, those no longer named are removed.
 */
export async function replaceMakers(
  db: TDb,
  commitmentId: string,
  leadOrganizationId: string,
  coMakerIds: readonly string[],
  at: string,
): Promise<string[]> {
  const existing = await db
    .selectFrom('commitment_makers')
    .select(['organization_id', 'role'])
    .where('commitment_id', '=', commitmentId)
    .execute();
  const wanted = new Set(coMakerIds.filter((id) => id !== leadOrganizationId));
  const stale = existing
    .filter((m) =>
      m.role === 'lead' ? m.organization_id !== leadOrganizationId : !wanted.has(m.organization_id),
    )
    .map((m) => m.organization_id);
  if (stale.length > 0) {
    await db
      .deleteFrom('commitment_makers')
      .where('commitment_id', '=', commitmentId)
      .where('organization_id', 'in', stale)
      .execute();
  }
  const present = new Set(existing.map((m) => m.organization_id).filter((id) => !stale.includes(id)));
  if (!present.has(leadOrganizationId)) {
    await db
      .insertInto('commitment_makers')
      .values({
        commitment_id: commitmentId,
        organization_id: leadOrganizationId,
        role: 'lead',
        status: 'confirmed',
        invited_at: at,
        responded_at: at,
        responded_by: null,
      })
      .execute();
  }
  const added = [...wanted].filter((id) => !present.has(id));
  if (added.length > 0) {
    await db
      .insertInto('commitment_makers')
      .values(
        added.map((organizationId) => ({
          commitment_id: commitmentId,
          organization_id: organizationId,
          role: 'co_maker',
          status: 'pending',
          invited_at: at,
          responded_at: null,
          responded_by: null,
        })),
      )
      .execute();
  }
  return added;
}

/** Records a co-maker's answer; only a pending invitation can be answered (one caller wins). */
export async function answerMakerInvitation(
  db: TDb,
  answer: {
    commitmentId: string;
    organizationId: string;
    status: 'confirmed' | 'declined';
    userId: string;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('commitment_makers')
    .set({ status: answer.status, responded_at: answer.at, responded_by: answer.userId })
    .where('commitment_id', '=', answer.commitmentId)
    .where('organization_id', '=', answer.organizationId)
    .where('role', '=', 'co_maker')
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Member organisations by id (for the maker pickers and to check a chosen one exists). */
export async function listMemberOrganizations(db: TDb) {
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'stakeholder_type as stakeholderType'])
    .where('membership_status', '=', 'member')
    .orderBy('sort_name')
    .execute();
}

/* Facets: the multi-valued tags as rows, with the cycle and the publication flag for fast counts */

/**
 * Makes the commitment's facet rows match it, and keeps commitment_facet_counts (published
 * commitments per cycle, facet and value: what the dashboard reads) in step: the published rows that
 * go are taken off, the published rows that come are added. Concurrent writers each add or take one,
 * so the counts stay right on PostgreSQL as on SQLite.
 */
export async function replaceFacets(db: TDb, c: TCommitment): Promise<void> {
  const previous = await db
    .selectFrom('commitment_facets')
    .select(['facet', 'value', 'cycle_id'])
    .where('commitment_id', '=', c.id)
    .where('is_published', '=', 1)
    .execute();
  for (const row of previous) {
    await db
      .updateTable('commitment_facet_counts')
      .set({ n: sql<number>`n - 1` })
      .where('cycle_id', '=', row.cycle_id)
      .where('facet', '=', row.facet)
      .where('value', '=', row.value)
      .execute();
  }
  await db.deleteFrom('commitment_facets').where('commitment_id', '=', c.id).execute();
  const isPublished = c.status === 'published' ? 1 : 0;
  const rows = [
    ...c.fiveR.map((value) => ({ facet: 'five_r', value })),
    ...c.sdgTargets.map((value) => ({ facet: 'sdg', value })),
    ...c.countries.map((value) => ({ facet: 'country', value })),
    ...c.themes.map((value) => ({ facet: 'theme', value })),
  ];
  if (rows.length === 0) return;
  await db
    .insertInto('commitment_facets')
    .values(rows.map((r) => ({ ...r, commitment_id: c.id, cycle_id: c.cycleId, is_published: isPublished })))
    .execute();
  if (isPublished === 1)
    await addFacetCounts(
      db,
      rows.map((r) => ({ ...r, cycle_id: c.cycleId, n: 1 })),
    );
}

/** Adds to the published-facet counts (a row per cycle, facet and value; inserted at the first). */
export async function addFacetCounts(
  db: TDb,
  rows: readonly { cycle_id: string; facet: string; value: string; n: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('commitment_facet_counts')
    .values([...rows])
    .onConflict((oc) =>
      oc
        .columns(['cycle_id', 'facet', 'value'])
        .doUpdateSet({ n: sql<number>`commitment_facet_counts.n + excluded.n` }),
    )
    .execute();
}

export type TDimensionCount = {
  cycle_id: string;
  dimension: string;
  value: string;
  n: number;
  percent_sum?: number;
  percent_count?: number;
};

/** Adds to the dashboard's counts per cycle, dimension and value (a row is inserted at the first). */
export async function addDimensionCounts(db: TDb, rows: readonly TDimensionCount[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('commitment_dimension_counts')
    .values(rows.map((r) => ({ ...r, percent_sum: r.percent_sum ?? 0, percent_count: r.percent_count ?? 0 })))
    .onConflict((oc) =>
      oc.columns(['cycle_id', 'dimension', 'value']).doUpdateSet({
        n: sql<number>`commitment_dimension_counts.n + excluded.n`,
        percent_sum: sql<number>`commitment_dimension_counts.percent_sum + excluded.percent_sum`,
        percent_count: sql<number>`commitment_dimension_counts.percent_count + excluded.percent_count`,
      }),
    )
    .execute();
}

type TCounted = Pick<
  TCommitment,
  | 'status'
  | 'cycleId'
  | 'kind'
  | 'stage'
  | 'level'
  | 'progressStatus'
  | 'progressPercent'
  | 'stakeholderType'
  | 'publishedAt'
>;

/** A published commitment's rows in the dashboard's counts ('' stands for "none"). */
export function dimensionRowsOf(c: TCounted, sign: 1 | -1): TDimensionCount[] {
  const row = (dimension: string, value: string | null) => ({
    cycle_id: c.cycleId,
    dimension,
    value: value ?? '',
    n: sign,
  });
  return [
    row('kind', c.kind),
    row('stage', c.stage),
    row('level', c.level),
    row('type', c.stakeholderType),
    row('published_year', c.publishedAt?.slice(0, 4) ?? null),
    {
      ...row('progress', c.progressStatus),
      percent_sum: c.progressPercent === null ? 0 : sign * c.progressPercent,
      percent_count: c.progressPercent === null ? 0 : sign,
    },
  ];
}

/**
 * Adds a published commitment to (sign 1) or takes it off (sign -1) the dashboard's counts by
 * kind, stage, level, progress, stakeholder type and year of publication. Writers call it with the
 * state before a change (-1) and after it (+1), in the change's transaction; a commitment that is not
 * published is not counted. Concurrent writers each add or take their own, so the sums stay right.
 */
export async function countDimensions(db: TDb, c: TCounted, sign: 1 | -1): Promise<void> {
  if (c.status !== 'published') return;
  await addDimensionCounts(db, dimensionRowsOf(c, sign));
}

/**
 * Adds (1) or takes off (-1) every report of a commitment in the dashboard's counts: reports per
 * year, and the rounds it reported in (once per round). For a commitment entering or leaving the
 * public record.
 */
export async function countReports(
  db: TDb,
  c: Pick<TCommitment, 'id' | 'status'>,
  sign: 1 | -1,
): Promise<void> {
  if (c.status !== 'published') return;
  const reports = await db
    .selectFrom('commitment_reports')
    .select(['cycle_id', 'round_id', 'reported_at'])
    .where('commitment_id', '=', c.id)
    .execute();
  const counts = new Map<string, TDimensionCount>();
  const rounds = new Set<string>();
  for (const r of reports) {
    const add = (dimension: string, value: string) => {
      const key = `${r.cycle_id} ${dimension} ${value}`;
      const entry = counts.get(key) ?? { cycle_id: r.cycle_id, dimension, value, n: 0 };
      entry.n += sign;
      counts.set(key, entry);
    };
    add('report_year', r.reported_at.slice(0, 4));
    if (r.round_id && !rounds.has(`${r.cycle_id} ${r.round_id}`)) {
      rounds.add(`${r.cycle_id} ${r.round_id}`);
      add('round', r.round_id);
    }
  }
  await addDimensionCounts(db, [...counts.values()]);
}

/** Counts one new report of a published commitment (its round only if it is the first there). */
export async function countNewReport(
  db: TDb,
  report: { commitmentId: string; cycleId: string; roundId: string | null; reportedAt: string },
): Promise<void> {
  const rows: TDimensionCount[] = [
    { cycle_id: report.cycleId, dimension: 'report_year', value: report.reportedAt.slice(0, 4), n: 1 },
  ];
  if (report.roundId) {
    const earlier = await db
      .selectFrom('commitment_reports')
      .select('id')
      .where('round_id', '=', report.roundId)
      .where('commitment_id', '=', report.commitmentId)
      .executeTakeFirst();
    if (!earlier) rows.push({ cycle_id: report.cycleId, dimension: 'round', value: report.roundId, n: 1 });
  }
  await addDimensionCounts(db, rows);
}

/** Reports count in the dashboard only while their commitment is published. */
export async function setReportsPublished(
  db: TDb,
  commitmentId: string,
  isPublished: boolean,
): Promise<void> {
  await db
    .updateTable('commitment_reports')
    .set({ is_published: isPublished ? 1 : 0 })
    .where('commitment_id', '=', commitmentId)
    .execute();
}

/* Listings */

/** The staleness light in SQL: the same rule as stalenessOf() in commitment-staleness.ts. */
export function lightSql(cutoffs: TStalenessCutoffs) {
  return sql<string>`case
    when commitments.final_report_at is not null then 'green'
    when commitments.end_date is not null and commitments.end_date < ${cutoffs.today} then 'red'
    when coalesce(commitments.last_report_at, commitments.published_at) is null then 'new'
    when coalesce(commitments.last_report_at, commitments.published_at) >= ${cutoffs.amberBefore}
      then case when commitments.last_report_at is null then 'new' else 'green' end
    when coalesce(commitments.last_report_at, commitments.published_at) >= ${cutoffs.redBefore} then 'amber'
    else 'red' end`;
}

/** The commitment is tagged with this value: an IN over the facet index, which drives the search. */
function facetExists(eb: ExpressionBuilder<Database, 'commitments'>, facet: string, value: string) {
  return eb(
    'commitments.id',
    'in',
    eb
      .selectFrom('commitment_facets')
      .select('commitment_facets.commitment_id')
      .where('commitment_facets.facet', '=', facet)
      .where('commitment_facets.value', '=', value),
  );
}

/** Published commitments narrowed by the filter (the cycle given by id, the lead by id). */
export function listingCondition(
  filter: TCommitmentFilter & {
    cycleId?: string | null;
    organizationId?: string | null;
    slug?: string | null;
  },
  cutoffs: TStalenessCutoffs,
) {
  return (eb: ExpressionBuilder<Database, 'commitments'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('commitments.status', '=', 'published')];
    if (filter.slug) conditions.push(eb('commitments.slug', '=', filter.slug));
    if (filter.cycleId) conditions.push(eb('commitments.cycle_id', '=', filter.cycleId));
    if (filter.kind) conditions.push(eb('commitments.kind', '=', filter.kind));
    if (filter.stage) conditions.push(eb('commitments.stage', '=', filter.stage));
    if (filter.level) conditions.push(eb('commitments.level', '=', filter.level));
    if (filter.type) conditions.push(eb('commitments.stakeholder_type', '=', filter.type));
    if (filter.progress === 'not_reported') conditions.push(eb('commitments.progress_status', 'is', null));
    else if (filter.progress) conditions.push(eb('commitments.progress_status', '=', filter.progress));
    if (filter.light) conditions.push(sql<SqlBool>`${lightSql(cutoffs)} = ${filter.light}`);
    if (filter.fiveR) conditions.push(facetExists(eb, 'five_r', filter.fiveR));
    if (filter.sdg) conditions.push(facetExists(eb, 'sdg', filter.sdg));
    if (filter.country) conditions.push(facetExists(eb, 'country', filter.country));
    if (filter.theme) conditions.push(facetExists(eb, 'theme', filter.theme));
    if (filter.organizationId) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('commitment_makers')
            .select('commitment_makers.role')
            .whereRef('commitment_makers.commitment_id', '=', 'commitments.id')
            .where('commitment_makers.organization_id', '=', filter.organizationId)
            .where('commitment_makers.status', '=', 'confirmed'),
        ),
      );
    }
    if (filter.q) {
      conditions.push(
        sql<SqlBool>`commitments.search_text like ${`%${escapeLike(foldText(filter.q))}%`} escape '\\'`,
      );
    }
    return eb.and(conditions);
  };
}

export async function listPublishedCommitments(
  db: TDb,
  filter: Parameters<typeof listingCondition>[0],
  cutoffs: TStalenessCutoffs,
  page: { limit: number; offset: number },
): Promise<TListedCommitment[]> {
  const rows = await db
    .selectFrom('commitments')
    .innerJoin('organizations', 'organizations.id', 'commitments.lead_organization_id')
    .innerJoin('commitment_cycles', 'commitment_cycles.id', 'commitments.cycle_id')
    .selectAll('commitments')
    .select([
      lightSql(cutoffs).as('light'),
      'organizations.name as lead_name',
      'organizations.slug as lead_slug',
      'commitment_cycles.slug as cycle_slug',
    ])
    .where(listingCondition(filter, cutoffs))
    .orderBy('commitments.published_at', 'desc')
    .orderBy('commitments.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    ...toCommitment(r),
    light: r.light,
    leadName: r.lead_name,
    leadSlug: r.lead_slug,
    cycleSlug: r.cycle_slug,
  }));
}

export async function countPublishedCommitments(
  db: TDb,
  filter: Parameters<typeof listingCondition>[0],
  cutoffs: TStalenessCutoffs,
): Promise<number> {
  const row = await db
    .selectFrom('commitments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(listingCondition(filter, cutoffs))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every commitment (any status) one of these organisations makes or is asked to co-make. */
export async function listCommitmentsOfOrganizations(
  db: TDb,
  organizationIds: readonly string[],
  cutoffs: TStalenessCutoffs,
) {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('commitments')
    .innerJoin('commitment_makers', 'commitment_makers.commitment_id', 'commitments.id')
    .innerJoin('organizations', 'organizations.id', 'commitment_makers.organization_id')
    .selectAll('commitments')
    .select([
      lightSql(cutoffs).as('light'),
      'organizations.name as maker_name',
      'commitment_makers.role as maker_role',
      'commitment_makers.status as maker_status',
      'commitment_makers.organization_id as maker_id',
    ])
    .where('commitment_makers.organization_id', 'in', organizationIds)
    .orderBy('commitments.updated_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    ...toCommitment(r),
    light: r.light,
    makerName: r.maker_name,
    makerRole: r.maker_role,
    makerStatus: r.maker_status,
    makerId: r.maker_id,
  }));
}

export async function listCommitmentsByStatus(db: TDb, status: TCommitmentStatus, limit = 200) {
  const rows = await db
    .selectFrom('commitments')
    .innerJoin('organizations', 'organizations.id', 'commitments.lead_organization_id')
    .selectAll('commitments')
    .select(['organizations.name as lead_name'])
    .where('commitments.status', '=', status)
    .orderBy('commitments.submitted_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toCommitment(r), leadName: r.lead_name }));
}

/** What a mail to a person needs of them: who, where to, by what name, in which language. */
export const recipientColumns = ['users.id as userId', 'users.email', 'users.name', 'users.locale'] as const;

/** Owners and editors (not disabled) of these organisations, to write to about a commitment. */
export async function listOrganizationWriters(db: TDb, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('organization_members')
    .innerJoin('users', 'users.id', 'organization_members.user_id')
    .select([...recipientColumns, 'organization_members.organization_id as organizationId'])
    .where('organization_members.organization_id', 'in', organizationIds)
    .where('organization_members.role', 'in', ['owner', 'editor'])
    .where('users.is_disabled', '=', 0)
    .orderBy('users.id')
    .execute();
}

/** The secretariat's reviewers (not disabled), to tell about a commitment waiting for review. */
export async function listReviewers(db: TDb) {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(recipientColumns)
    .where('user_roles.role', '=', 'reviewer')
    .where('users.is_disabled', '=', 0)
    .groupBy(['users.id', 'users.email', 'users.name', 'users.locale'])
    .orderBy('users.id')
    .execute();
}

/** The makers of several commitments at once (for exports), lead first. */
export async function listMakersOfCommitments(db: TDb, commitmentIds: readonly string[]) {
  if (commitmentIds.length === 0)
    return new Map<string, { name: string; slug: string; role: string; status: string }[]>();
  const rows = await makersQuery(db)
    .select('commitment_makers.commitment_id as commitmentId')
    .where('commitment_makers.commitment_id', 'in', commitmentIds)
    .execute();
  const byCommitment = new Map<string, { name: string; slug: string; role: string; status: string }[]>();
  for (const row of rows) {
    const list = byCommitment.get(row.commitmentId) ?? [];
    list.push({ name: row.name, slug: row.slug, role: row.role, status: row.status });
    byCommitment.set(row.commitmentId, list);
  }
  return byCommitment;
}

/**
 * Marks a commitment as having come from a connection, the first time an outcome is linked to it: a
 * change to the commitment like any other, so its version moves on (a form opened before it must be
 * reloaded). True when this call made the change.
 */
export async function markFromConnection(db: TDb, commitmentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('commitments')
    .set((eb) => ({ from_connection_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', commitmentId)
    .where('from_connection_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Slug, title and language of these commitments (links from elsewhere). */
export async function commitmentTitles(db: TDb, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('commitments')
    .select(['id', 'slug', 'title', 'language', 'status'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Every published commitment's slug, title and language (what another record picks it by). */
export async function listPublishedCommitmentTitles(db: TDb) {
  return db
    .selectFrom('commitments')
    .select(['slug', 'title', 'language'])
    .where('status', '=', 'published')
    .execute();
}
