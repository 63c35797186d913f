import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { fieldErrorsOf, messageKeyOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { TJob, TJobContext } from '../../platform/jobs.ts';
import { parsePercent } from './commitment-amounts.ts';
import { forgetDashboardFigures } from './commitment-dashboard.service.ts';
import { findEvidenceFile, insertEvidenceFile } from './commitment-evidence.repository.ts';
import { checkEvidence, evidenceMaxFiles } from './commitment-evidence.ts';
import {
  findCurrentRound,
  findCycleById,
  findRound,
  insertCycle,
  insertReport,
  insertRound,
  listCycles,
  listReminderRecipients,
  listReports,
  listRoundProgress,
} from './commitment-reporting.repository.ts';
import type { TProgressStatus } from './commitment-vocabulary.ts';
import { composeReminderMail } from './commitments.mail.ts';
import { authorize, can } from './commitments.policy.ts';
import type {
  TCommitment,
  TCycle,
  TDeliverable,
  TReport,
  TReportItem,
  TRound,
} from './commitments.record.ts';
import {
  countDimensions,
  countNewReport,
  findCommitmentBySlug,
  listDeliverables,
  listMakers,
  updateCommitment,
} from './commitments.repository.ts';
import { type TReportInput, ZCycleInput, ZReportInput, ZRoundInput } from './commitments.schemas.ts';

/**
 * Progress reports, reporting rounds and cycles. A report covers every deliverable; it is kept for
 * ever (the commitment's timeline) and its summary is copied onto the commitment for listings and the
 * staleness light. Opening a round schedules its reminders as durable jobs.
 */
type TOptions = { requestId?: string | null };

export const roundReminderJob = 'commitments.round_reminder';

/* Progress reports */

export type TReportForm = {
  commitment: TCommitment;
  deliverables: TDeliverable[];
  /** The last report, to prefill the form with. */
  last: TReport | undefined;
};

export async function readReportForm(deps: TDeps, actor: TActor, slug: string): Promise<TReportForm> {
  const commitment = await findCommitmentBySlug(deps.db, slug);
  if (!commitment) throw new AppError('not_found');
  authorize(actor, 'report', { ...commitment, makers: await listMakers(deps.db, commitment.id) });
  const [deliverables, reports] = await Promise.all([
    listDeliverables(deps.db, commitment.id),
    listReports(deps.db, commitment.id),
  ]);
  return { commitment, deliverables, last: reports[0] };
}

/** The commitment's state from its deliverables: any delayed → delayed; any on track → on track; … */
export function overallStatus(items: readonly { status: string }[]): TProgressStatus {
  const statuses = new Set(items.map((i) => i.status));
  if (statuses.has('delayed')) return 'delayed';
  if (statuses.has('on_track')) return 'on_track';
  if (statuses.has('completed')) return 'completed';
  return 'discontinued';
}

export type TEvidenceUpload = { name: string; bytes: Uint8Array };

/** Checks every evidence file; the accepted ones come back (images re-encoded), or the first refusal. */
async function checkEvidenceFiles(files: readonly TEvidenceUpload[]) {
  const accepted: { name: string; contentType: string; bytes: Uint8Array }[] = [];
  if (files.length > evidenceMaxFiles) return { accepted, error: 'commitments.errors.file_too_many' };
  for (const file of files) {
    const verdict = await checkEvidence(file.name, file.bytes);
    if (!verdict.isAccepted) return { accepted, error: `commitments.errors.file_${verdict.reason}` };
    accepted.push({
      name:
        [...file.name]
          .filter((ch) => ch.charCodeAt(0) >= 32)
          .join('')
          .slice(0, 200) || 'file',
      ...verdict,
    });
  }
  return { accepted, error: null };
}

export async function fileReport(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  o: TOptions = {},
  files: readonly TEvidenceUpload[] = [],
): Promise<TCommitment> {
  const commitment = await findCommitmentBySlug(deps.db, slug);
  if (!commitment) throw new AppError('not_found');
  const makers = await listMakers(deps.db, commitment.id);
  authorize(actor, 'report', { ...commitment, makers });
  const deliverables = await listDeliverables(deps.db, commitment.id);
  const evidence = await checkEvidenceFiles(files);
  let report: TValidReport;
  try {
    report = validateReport(raw, deliverables);
  } catch (error) {
    if (isAppError(error) && error.code === 'validation_failed' && evidence.error) {
      throw new AppError('validation_failed', {
        fieldErrors: { ...error.fieldErrors, evidenceFiles: evidence.error },
      });
    }
    throw error;
  }
  if (evidence.error) {
    throw new AppError('validation_failed', { fieldErrors: { evidenceFiles: evidence.error } });
  }
  const storage = deps.files;
  const stored: { key: string; byteSize: number; sha256: string; name: string; contentType: string }[] = [];
  for (const file of evidence.accepted) {
    stored.push({ ...(await storage.save(file.bytes)), name: file.name, contentType: file.contentType });
  }
  const at = deps.clock.now().toISOString();
  const round = await findCurrentRound(deps.db, commitment.cycleId, at.slice(0, 10));
  const organizationId =
    [
      commitment.leadOrganizationId,
      ...makers.filter((m) => m.status === 'confirmed').map((m) => m.organizationId),
    ].find((id) => ['owner', 'editor'].includes(actor.organizationRoles.get(id) ?? '')) ?? null;
  const status = overallStatus(report.items);
  const percent = Math.round(report.items.reduce((sum, i) => sum + i.percent, 0) / report.items.length);
  const id = newId(Date.parse(at));
  const saved = await deps.db
    .transaction()
    .execute(async (trx) => {
      await countNewReport(trx, {
        commitmentId: commitment.id,
        cycleId: commitment.cycleId,
        roundId: round?.id ?? null,
        reportedAt: at,
      });
      await insertReport(trx, {
        id,
        commitmentId: commitment.id,
        cycleId: commitment.cycleId,
        roundId: round?.id ?? null,
        organizationId,
        reportedBy: actor.userId,
        reportedAt: at,
        status,
        percent,
        narrative: report.narrative,
        isFinal: report.isFinal,
        items: report.items,
      });
      for (const [index, file] of stored.entries()) {
        await insertEvidenceFile(trx, {
          uploadId: newId(Date.parse(at)),
          reportId: id,
          commitmentId: commitment.id,
          position: index + 1,
          storageKey: file.key,
          name: file.name,
          contentType: file.contentType,
          byteSize: file.byteSize,
          sha256: file.sha256,
          createdBy: actor.userId,
          at,
        });
      }
      const ok = await updateCommitment(trx, commitment.id, commitment.version, {
        progress_status: status,
        progress_percent: percent,
        last_report_at: at,
        final_report_at: report.isFinal ? at : commitment.finalReportAt,
        report_count: commitment.reportCount + 1,
        updated_at: at,
      });
      if (!ok) throw new AppError('conflict');
      await audit(
        trx,
        { actorId: actor.userId, requestId: o.requestId, at },
        'commitments.reported',
        { type: 'commitment', id: commitment.id },
        {
          slug: commitment.slug,
          reportId: id,
          roundId: round?.id ?? null,
          status,
          percent,
          isFinal: report.isFinal,
          files: stored.length,
        },
      );
      const updated = await findCommitmentBySlug(trx, commitment.slug);
      if (!updated) throw new AppError('internal');
      await countDimensions(trx, commitment, -1);
      await countDimensions(trx, updated, 1);
      return updated;
    })
    .catch(async (error: unknown) => {
      for (const file of stored) await storage.remove(file.key);
      throw error;
    });
  forgetDashboardFigures();
  return saved;
}

type TValidReport = { narrative: string; isFinal: boolean; items: TReportItem[] };

/** Shape first, then percentages (0–100, any digits) and what a status implies. */
function validateReport(raw: unknown, deliverables: readonly TDeliverable[]): TValidReport {
  const parsed = ZReportInput.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  const input = raw as Partial<TReportInput> | undefined;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      const deliverableId = typeof index === 'number' ? input?.items?.[index]?.deliverableId : undefined;
      const name =
        head === 'items' && deliverableId
          ? `${String(field ?? 'status')}_${deliverableId}`
          : String(head ?? '_form');
      if (!fieldErrors[name]) fieldErrors[name] = messageKeyOf(issue);
    }
    throw new AppError('validation_failed', { fieldErrors: renameFields(fieldErrors) });
  }
  const known = new Set(deliverables.map((d) => d.id));
  const items: TReportItem[] = [];
  for (const item of parsed.data.items) {
    if (!known.has(item.deliverableId)) throw new AppError('bad_request');
    const percent = parsePercent(item.percentText);
    if (!percent.isValid) {
      fieldErrors[`percent_${item.deliverableId}`] = percent.error;
      continue;
    }
    if (item.status === 'completed' && percent.value !== 100) {
      fieldErrors[`percent_${item.deliverableId}`] = 'commitments.errors.completedPercent';
    }
    if (parsed.data.isFinal && (item.status === 'on_track' || item.status === 'delayed')) {
      fieldErrors[`status_${item.deliverableId}`] = 'commitments.errors.finalOpen';
    }
    items.push({ ...item, percent: percent.value });
  }
  if (new Set(parsed.data.items.map((i) => i.deliverableId)).size !== known.size) {
    fieldErrors._form = 'commitments.errors.everyDeliverable';
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('validation_failed', { fieldErrors });
  return { narrative: parsed.data.narrative, isFinal: parsed.data.isFinal, items };
}

function renameFields(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k.replace(/^percentText_/, 'percent_'), v]),
  );
}

/* Cycles */

export async function readCycles(deps: TDeps): Promise<TCycle[]> {
  return listCycles(deps.db);
}

/** The cycle containing today, else the most recent one. */
export async function currentCycle(deps: TDeps): Promise<TCycle | undefined> {
  const cycles = await listCycles(deps.db);
  const today = deps.clock.now().toISOString().slice(0, 10);
  return cycles.find((c) => c.startsOn <= today && today <= c.endsOn) ?? cycles[0];
}

export async function addCycle(deps: TDeps, actor: TActor, raw: unknown, o: TOptions = {}): Promise<TCycle> {
  authorize(actor, 'manageCycles');
  const parsed = ZCycleInput.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', { fieldErrors: { startYear: 'commitments.errors.year' } });
  const { startYear, endYear } = parsed.data;
  if (endYear < startYear)
    throw new AppError('validation_failed', {
      fieldErrors: { endYear: 'commitments.errors.endBeforeStart' },
    });
  const at = deps.clock.now().toISOString();
  const cycle = {
    id: newId(Date.parse(at)),
    slug: `${startYear}-${endYear}`,
    startsOn: `${startYear}-01-01`,
    endsOn: `${endYear}-12-31`,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertCycle(trx, { ...cycle, createdBy: actor.userId, at });
      await audit(
        trx,
        { actorId: actor.userId, requestId: o.requestId, at },
        'commitments.cycle_added',
        { type: 'commitment_cycle', id: cycle.id },
        { slug: cycle.slug },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('validation_failed', {
        fieldErrors: { startYear: 'commitments.errors.cycleExists' },
      });
    throw error;
  }
  return cycle;
}

/* Reporting rounds and their reminders */

/**
 * Reminders go out at 08:00 UTC on their day. The first one never comes before the round opens; a round
 * opened today (or back-dated) whose reminder day has already come reminds at once, not next morning.
 */
function reminderTimes(round: TRound, openedAt: string): { stage: 'before' | 'after'; runAt: string }[] {
  const at = (date: string, days: number) =>
    new Date(Date.parse(`${date}T08:00:00.000Z`) + days * 86_400_000).toISOString();
  const times: { stage: 'before' | 'after'; runAt: string }[] = [];
  if (round.remindDaysBefore > 0) {
    const before = at(round.deadline, -round.remindDaysBefore);
    const opens = round.opensOn <= openedAt.slice(0, 10) ? openedAt : at(round.opensOn, 0);
    // ISO times sort as text.
    times.push({ stage: 'before', runAt: [before, opens].sort()[1] ?? before });
  }
  if (round.remindDaysAfter > 0)
    times.push({ stage: 'after', runAt: at(round.deadline, round.remindDaysAfter) });
  return times;
}

/** Opens a round; its name is taken to be in `o.language` (the page's language), English by default. */
export async function openRound(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  o: TOptions & { language?: string } = {},
): Promise<TRound> {
  authorize(actor, 'manageRounds');
  const parsed = ZRoundInput.safeParse(raw);
  const _fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    throw new AppError('validation_failed', { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  }
  const input = parsed.data;
  const cycle = await findCycleById(deps.db, input.cycleId);
  if (!cycle)
    throw new AppError('validation_failed', { fieldErrors: { cycleId: 'validation.invalidChoice' } });
  if (input.deadline < input.opensOn)
    throw new AppError('validation_failed', {
      fieldErrors: { deadline: 'commitments.errors.deadlineBeforeOpening' },
    });
  const at = deps.clock.now().toISOString();
  const round: TRound = {
    id: newId(Date.parse(at)),
    ...input,
    titleLanguage: o.language ?? 'en',
    createdAt: at,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertRound(trx, { ...round, createdBy: actor.userId });
    for (const reminder of reminderTimes(round, at)) {
      await deps.jobs.enqueue(trx, {
        kind: roundReminderJob,
        payload: { roundId: round.id, stage: reminder.stage },
        runAt: reminder.runAt,
        dedupeKey: `commitments:round:${round.id}:${reminder.stage}`,
      });
    }
    await audit(
      trx,
      { actorId: actor.userId, requestId: o.requestId, at },
      'commitments.round_opened',
      { type: 'reporting_round', id: round.id },
      { title: round.title, deadline: round.deadline, cycle: cycle.slug },
    );
  });
  deps.jobs.kick();
  return round;
}

/**
 * The reminder job: one e-mail per person (owner or editor of a maker) listing their commitments that
 * have not reported in the round. Each e-mail is its own small transaction with a dedupe key, so a
 * worker killed half-way leaves the sent ones sent, and the rerun sends only the rest.
 */
export async function sendRoundReminders(deps: TDeps, job: TJob, context: TJobContext): Promise<number> {
  const { roundId, stage } = job.payload as { roundId: string; stage: 'before' | 'after' };
  const round = await findRound(deps.db, roundId);
  if (!round) return 0;
  const byPerson = new Map<
    string,
    { email: string; name: string; locale: string; commitments: { title: string; link: string }[] }
  >();
  for (const row of await listReminderRecipients(deps.db, round)) {
    const person = byPerson.get(row.userId) ?? {
      email: row.email,
      name: row.name,
      locale: row.locale,
      commitments: [],
    };
    const link = `${deps.config.publicUrl}/${row.locale}/commitments/${encodeURIComponent(row.slug)}/report`;
    if (!person.commitments.some((c) => c.link === link)) person.commitments.push({ title: row.title, link });
    byPerson.set(row.userId, person);
  }
  for (const [userId, person] of byPerson) {
    await deps.db.transaction().execute(async (trx) => {
      await deps.mailer.enqueue(
        trx,
        composeReminderMail(
          stage,
          person,
          { round: round.title, deadline: round.deadline, commitments: person.commitments },
          `commitments:reminder:${round.id}:${stage}:${userId}`,
        ),
      );
    });
    await context.heartbeat();
  }
  const at = deps.clock.now().toISOString();
  await audit(
    deps.db,
    { actorId: null, at },
    'commitments.reminders_sent',
    { type: 'reporting_round', id: round.id },
    { stage, people: byPerson.size, attempt: job.attempts },
  );
  deps.mailer.kick();
  return byPerson.size;
}

/** Registers the commitments domain's jobs with the queue (called once when the app is composed). */
export function registerCommitmentJobs(deps: TDeps): void {
  deps.jobs.register(roundReminderJob, async (job, context) => {
    await sendRoundReminders(deps, job, context);
  });
}

export type TRoundPage = {
  round: TRound;
  cycle: TCycle;
  progress: Awaited<ReturnType<typeof listRoundProgress>>;
  reported: number;
};

export async function readRoundPage(deps: TDeps, roundId: string): Promise<TRoundPage> {
  const round = await findRound(deps.db, roundId);
  if (!round) throw new AppError('not_found');
  const cycle = await findCycleById(deps.db, round.cycleId);
  if (!cycle) throw new AppError('internal');
  const progress = await listRoundProgress(deps.db, round);
  return { round, cycle, progress, reported: progress.filter((p) => p.reportedAt).length };
}

/**
 * An evidence file to download: anyone may fetch those of a published commitment; those of any other
 * only its makers' people and the secretariat (everyone else is told it does not exist).
 */
export async function readEvidenceFile(deps: TDeps, actor: TActor, slug: string, uploadId: string) {
  const commitment = await findCommitmentBySlug(deps.db, slug);
  if (!commitment) throw new AppError('not_found');
  const makers = await listMakers(deps.db, commitment.id);
  if (!can(actor, 'view', { ...commitment, makers })) throw new AppError('not_found');
  const file = await findEvidenceFile(deps.db, commitment.id, uploadId);
  if (!file) throw new AppError('not_found');
  const bytes = await deps.files.read(file.storageKey);
  if (!bytes) throw new AppError('not_found');
  return {
    bytes,
    name: file.name,
    contentType: file.contentType,
    isPublic: commitment.status === 'published',
  };
}
