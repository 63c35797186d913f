import type { TClock } from './clock.ts';
import type { TDb } from './db/database.ts';
import type { JobQueue } from './jobs.ts';
import type { TLogger } from './logger.ts';
import type { TFileStore } from './storage.ts';

/**
 * Removes stored files that no record points at: files saved for a change whose transaction then
 * failed in a way the service could not clean up after (the process was killed between saving the
 * bytes and committing the row, or the removal itself failed). Services save the bytes first and
 * remove them when the transaction fails; this sweep is the guarantee behind that.
 * See docs/adr/0034-orphan-files-swept.md.
 *
 * Only files older than the grace period go: a file saved a moment ago may belong to a transaction
 * that is still running. The platform knows no domain: compose.ts passes the questions each domain
 * answers about its own tables ("which of these keys do your rows name?").
 */
export type TFileReferences = (db: TDb, keys: readonly string[]) => Promise<readonly string[]>;

export const fileSweepJob = 'files.sweep_orphans';
/** How often the sweep runs, and how old an unreferenced file must be before it goes. */
export const fileSweepIntervalMs = 6 * 3600_000;
export const fileSweepGraceMs = 24 * 3600_000;

export type TSweepResult = { checked: number; removed: string[] };

export async function sweepOrphanFiles(
  options: { db: TDb; files: TFileStore; references: readonly TFileReferences[] },
  values: { now: Date; graceMs?: number; batchSize?: number; heartbeat?: () => Promise<void> },
): Promise<TSweepResult> {
  const cutoff = values.now.getTime() - (values.graceMs ?? fileSweepGraceMs);
  const batchSize = values.batchSize ?? 200;
  const removed: string[] = [];
  let checked = 0;
  let batch: string[] = [];
  const settle = async () => {
    if (batch.length === 0) return;
    const named = new Set<string>();
    for (const references of options.references) {
      for (const key of await references(options.db, batch)) named.add(key);
    }
    for (const key of batch) {
      if (named.has(key)) continue;
      await options.files.remove(key);
      removed.push(key);
    }
    checked += batch.length;
    batch = [];
    await values.heartbeat?.();
  };
  // Collect first, remove after: removing while a store lists itself could skip keys.
  const old: string[] = [];
  for await (const entry of options.files.entries()) {
    if (entry.savedAt.getTime() <= cutoff) old.push(entry.key);
  }
  for (const key of old) {
    batch.push(key);
    if (batch.length >= batchSize) await settle();
  }
  await settle();
  return { checked, removed };
}

/** The slot a run belongs to (so two nodes enqueue the same next run once, by its dedupe key). */
function nextSlot(now: Date): Date {
  return new Date((Math.floor(now.getTime() / fileSweepIntervalMs) + 1) * fileSweepIntervalMs);
}

/** Enqueues the next sweep (idempotent: one job per slot, whichever node asks). */
export async function scheduleFileSweep(deps: { db: TDb; jobs: JobQueue; clock: TClock }): Promise<void> {
  const runAt = nextSlot(deps.clock.now());
  await deps.jobs.enqueue(deps.db, {
    kind: fileSweepJob,
    runAt,
    dedupeKey: `${fileSweepJob}:${runAt.toISOString()}`,
  });
}

/** Registers the sweep with the job queue; each run schedules the next one. */
export function registerFileSweep(
  deps: { db: TDb; jobs: JobQueue; clock: TClock; files: TFileStore; logger: TLogger },
  references: readonly TFileReferences[],
): void {
  deps.jobs.register(fileSweepJob, async (_job, context) => {
    const result = await sweepOrphanFiles(
      { db: deps.db, files: deps.files, references },
      { now: deps.clock.now(), heartbeat: context.heartbeat },
    );
    if (result.removed.length > 0) {
      deps.logger.info({ removed: result.removed.length, checked: result.checked }, 'orphan files removed');
    }
    await scheduleFileSweep(deps);
  });
}
