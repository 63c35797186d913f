import { parseJson } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TCycle, TReport, TReportItem, TRound } from './commitments.record.ts';
import { recipientColumns } from './commitments.repository.ts';

/**
 * The commitments domain's SQL for cycles, reporting rounds and progress reports.
 * Every function takes the database or a transaction.
 */

const cycleColumns = ['id', 'slug', 'starts_on as startsOn', 'ends_on as endsOn'] as const;

export async function listCycles(db: TDb): Promise<TCycle[]> {
  return db.selectFrom('commitment_cycles').select(cycleColumns).orderBy('starts_on', 'desc').execute();
}

export async function findCycleById(db: TDb, id: string): Promise<TCycle | undefined> {
  return db.selectFrom('commitment_cycles').select(cycleColumns).where('id', '=', id).executeTakeFirst();
}

export async function findCycleBySlug(db: TDb, slug: string): Promise<TCycle | undefined> {
  return db.selectFrom('commitment_cycles').select(cycleColumns).where('slug', '=', slug).executeTakeFirst();
}

export async function insertCycle(
  db: TDb,
  cycle: TCycle & { createdBy: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('commitment_cycles')
    .values({
      id: cycle.id,
      slug: cycle.slug,
      starts_on: cycle.startsOn,
      ends_on: cycle.endsOn,
      created_at: cycle.at,
      created_by: cycle.createdBy,
    })
    .execute();
}

/* Reporting rounds */

const roundColumns = [
  'id',
  'cycle_id as cycleId',
  'title',
  'title_language as titleLanguage',
  'opens_on as opensOn',
  'deadline',
  'remind_days_before as remindDaysBefore',
  'remind_days_after as remindDaysAfter',
  'created_at as createdAt',
] as const;

export async function insertRound(db: TDb, round: TRound & { createdBy: string | null }): Promise<void> {
  await db
    .insertInto('reporting_rounds')
    .values({
      id: round.id,
      cycle_id: round.cycleId,
      title: round.title,
      title_language: round.titleLanguage,
      opens_on: round.opensOn,
      deadline: round.deadline,
      remind_days_before: round.remindDaysBefore,
      remind_days_after: round.remindDaysAfter,
      created_by: round.createdBy,
      created_at: round.createdAt,
    })
    .execute();
}

export async function findRound(db: TDb, id: string): Promise<TRound | undefined> {
  const row = await db
    .selectFrom('reporting_rounds')
    .select(roundColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? { ...row, remindDaysBefore: Number(row.remindDaysBefore), remindDaysAfter: Number(row.remindDaysAfter) }
    : undefined;
}

export async function listRounds(db: TDb, cycleId?: string): Promise<TRound[]> {
  let query = db.selectFrom('reporting_rounds').select(roundColumns);
  if (cycleId) query = query.where('cycle_id', '=', cycleId);
  const rows = await query.orderBy('opens_on', 'desc').orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    ...r,
    remindDaysBefore: Number(r.remindDaysBefore),
    remindDaysAfter: Number(r.remindDaysAfter),
  }));
}

/** Renames a round in the language it was opened in. */
export async function updateRoundTitle(db: TDb, id: string, title: string): Promise<void> {
  await db.updateTable('reporting_rounds').set({ title }).where('id', '=', id).execute();
}

/** The round a report filed today belongs to: the latest of the cycle that has opened. */
export async function findCurrentRound(db: TDb, cycleId: string, today: string): Promise<TRound | undefined> {
  const rows = await listRounds(db, cycleId);
  return rows.find((r) => r.opensOn <= today);
}

/**
 * Published commitments of the round's cycle (published by its deadline's end) and when each
 * first reported in the round, for the round's page.
 */
export async function listRoundProgress(db: TDb, round: TRound) {
  const deadlineEnd = `${round.deadline}T23:59:59.999Z`;
  return db
    .selectFrom('commitments')
    .innerJoin('organizations', 'organizations.id', 'commitments.lead_organization_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('commitment_reports')
          .select(['commitment_id', (e) => e.fn.min('reported_at').as('first_reported_at')])
          .where('round_id', '=', round.id)
          .groupBy('commitment_id')
          .as('reported'),
      (join) => join.onRef('reported.commitment_id', '=', 'commitments.id'),
    )
    .select([
      'commitments.id',
      'commitments.slug',
      'commitments.title',
      'commitments.language',
      'organizations.name as leadName',
      'organizations.slug as leadSlug',
      'reported.first_reported_at as reportedAt',
    ])
    .where('commitments.status', '=', 'published')
    .where('commitments.cycle_id', '=', round.cycleId)
    .where('commitments.published_at', '<=', deadlineEnd)
    .orderBy('organizations.sort_name')
    .orderBy('commitments.title')
    .limit(5000)
    .execute();
}

/**
 * The people a reminder of this round goes to: owners and editors (not disabled) of the lead and of
 * confirmed co-makers of every published commitment of the cycle that has not reported in the round.
 */
export async function listReminderRecipients(db: TDb, round: TRound) {
  const deadlineEnd = `${round.deadline}T23:59:59.999Z`;
  return db
    .selectFrom('commitments')
    .innerJoin('commitment_makers', 'commitment_makers.commitment_id', 'commitments.id')
    .innerJoin(
      'organization_members',
      'organization_members.organization_id',
      'commitment_makers.organization_id',
    )
    .innerJoin('users', 'users.id', 'organization_members.user_id')
    .select([...recipientColumns, 'commitments.slug', 'commitments.title'])
    .where('commitments.status', '=', 'published')
    .where('commitments.cycle_id', '=', round.cycleId)
    .where('commitments.published_at', '<=', deadlineEnd)
    .where('commitment_makers.status', '=', 'confirmed')
    .where('organization_members.role', 'in', ['owner', 'editor'])
    .where('users.is_disabled', '=', 0)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('commitment_reports')
            .select('commitment_reports.id')
            .whereRef('commitment_reports.commitment_id', '=', 'commitments.id')
            .where('commitment_reports.round_id', '=', round.id),
        ),
      ),
    )
    .orderBy('users.id')
    .orderBy('commitments.title')
    .execute();
}

/* Progress reports */

export async function insertReport(
  db: TDb,
  report: Omit<TReport, 'roundTitle' | 'organizationName' | 'reporterName'> & {
    commitmentId: string;
    cycleId: string;
    organizationId: string | null;
    reportedBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('commitment_reports')
    .values({
      id: report.id,
      commitment_id: report.commitmentId,
      cycle_id: report.cycleId,
      round_id: report.roundId,
      organization_id: report.organizationId,
      reported_by: report.reportedBy,
      reported_at: report.reportedAt,
      status: report.status,
      percent: report.percent,
      narrative: report.narrative,
      is_final: report.isFinal ? 1 : 0,
    })
    .execute();
  if (report.items.length === 0) return;
  await db
    .insertInto('commitment_report_items')
    .values(
      report.items.map((item) => ({
        report_id: report.id,
        deliverable_id: item.deliverableId,
        status: item.status,
        percent: item.percent,
        narrative: item.narrative,
        evidence: JSON.stringify(item.evidence),
      })),
    )
    .execute();
  for (const item of report.items) {
    await db
      .updateTable('commitment_deliverables')
      .set({ latest_status: item.status, latest_percent: item.percent })
      .where('id', '=', item.deliverableId)
      .where('commitment_id', '=', report.commitmentId)
      .execute();
  }
}

/** Every report of a commitment, newest first, with its items. */
export async function listReports(db: TDb, commitmentId: string): Promise<TReport[]> {
  const reports = await db
    .selectFrom('commitment_reports')
    .leftJoin('reporting_rounds', 'reporting_rounds.id', 'commitment_reports.round_id')
    .leftJoin('organizations', 'organizations.id', 'commitment_reports.organization_id')
    .leftJoin('users', 'users.id', 'commitment_reports.reported_by')
    .select([
      'commitment_reports.id',
      'commitment_reports.round_id as roundId',
      'reporting_rounds.title as roundTitle',
      'organizations.name as organizationName',
      'users.name as reporterName',
      'commitment_reports.reported_at as reportedAt',
      'commitment_reports.status',
      'commitment_reports.percent',
      'commitment_reports.narrative',
      'commitment_reports.is_final as isFinal',
    ])
    .where('commitment_reports.commitment_id', '=', commitmentId)
    .orderBy('commitment_reports.reported_at', 'desc')
    .orderBy('commitment_reports.id', 'desc')
    .execute();
  if (reports.length === 0) return [];
  const items = await db
    .selectFrom('commitment_report_items')
    .selectAll()
    .where(
      'report_id',
      'in',
      reports.map((r) => r.id),
    )
    .execute();
  const byReport = new Map<string, TReportItem[]>();
  for (const item of items) {
    const list = byReport.get(item.report_id) ?? [];
    list.push({
      deliverableId: item.deliverable_id,
      status: item.status,
      percent: Number(item.percent),
      narrative: item.narrative,
      evidence: parseJson<string[]>(item.evidence, []),
    });
    byReport.set(item.report_id, list);
  }
  return reports.map((r) => ({
    ...r,
    percent: Number(r.percent),
    isFinal: Number(r.isFinal) === 1,
    items: byReport.get(r.id) ?? [],
  }));
}

/** A round's reminder jobs and how many e-mails each has put in the outbox. */
export async function listRoundReminders(db: TDb, roundId: string) {
  const jobs = await db
    .selectFrom('jobs')
    .select(['dedupe_key', 'run_at', 'status'])
    .where('dedupe_key', 'in', [`commitments:round:${roundId}:before`, `commitments:round:${roundId}:after`])
    .orderBy('run_at')
    .execute();
  const result = [];
  for (const job of jobs) {
    const stage = job.dedupe_key?.endsWith(':after') ? 'after' : 'before';
    const sent = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dedupe_key', 'like', `commitments:reminder:${roundId}:${stage}:%`)
      .executeTakeFirstOrThrow();
    result.push({ stage, runAt: job.run_at, status: job.status, sent: Number(sent.n) });
  }
  return result;
}

/** Keeps a commitment's reports in its cycle when the secretariat moves it to another one. */
export async function setReportsCycle(db: TDb, commitmentId: string, cycleId: string): Promise<void> {
  await db
    .updateTable('commitment_reports')
    .set({ cycle_id: cycleId })
    .where('commitment_id', '=', commitmentId)
    .where('cycle_id', '!=', cycleId)
    .execute();
}
