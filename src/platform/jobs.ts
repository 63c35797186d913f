import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely, Transaction } from 'kysely';
import type { TClock } from './clock.ts';
import type { Database } from './db/schema.ts';
import { newId } from './ids.ts';
import type { TLogger } from './logger.ts';

/**
 * A durable job queue in the database (table `jobs`), for work that must happen later or must not be
 * lost: reminders before a deadline, digests, follow-ups.
 *
 * - Enqueue inside the transaction that causes the job, so the job exists exactly when the change does.
 *   A `dedupeKey` makes enqueueing idempotent: the second job with the same key is ignored.
 * - A worker claims a due job with one conditional UPDATE (status and lease checked in its WHERE), so
 *   two workers (two app nodes, or a restarted one) never run the same job at the same time.
 * - A claim is a lease (`locked_until`). A worker killed mid-job leaves a lease that expires; the next
 *   worker claims the job again and runs it from the start. Handlers must therefore be idempotent:
 *   e-mails go through the outbox with a dedupe key, so a rerun never sends twice.
 * - A failing job is retried with exponential back-off until `max_attempts`, then marked 'failed'.
 */
export type TJob<TPayload = unknown> = {
  id: string;
  kind: string;
  payload: TPayload;
  /** This run included (1 on the first run). */
  attempts: number;
  runAt: string;
};

export type TJobContext = {
  /** Pushes the lease forward; long handlers call it between steps so nobody takes the job over. */
  heartbeat(): Promise<void>;
};

export type TJobHandler = (job: TJob, context: TJobContext) => Promise<void>;

export type TNewJob = {
  kind: string;
  payload?: unknown;
  /** When it becomes due; now if absent. */
  runAt?: Date | string;
  /** Same key, same job: a second enqueue with it is ignored. */
  dedupeKey?: string;
  maxAttempts?: number;
};

type TExecutor = Kysely<Database> | Transaction<Database>;

const defaultLeaseMs = 5 * 60_000;

export class JobQueue {
  private readonly handlers = new Map<string, TJobHandler>();
  private readonly workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: { clock: TClock; logger: TLogger; leaseMs?: number },
  ) {}

  /** Registers the code for one kind of job; a worker only claims kinds it can run. */
  register(kind: string, handler: TJobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Adds a job (in the caller's transaction). Returns false when a job with the same dedupe key exists. */
  async enqueue(executor: TExecutor, job: TNewJob): Promise<boolean> {
    const now = this.options.clock.now().toISOString();
    const runAt = job.runAt === undefined ? now : new Date(job.runAt).toISOString();
    const result = await executor
      .insertInto('jobs')
      .values({
        id: newId(),
        kind: job.kind,
        payload: JSON.stringify(job.payload ?? {}),
        status: 'pending',
        run_at: runAt,
        max_attempts: job.maxAttempts ?? 5,
        locked_until: null,
        locked_by: null,
        last_error: null,
        dedupe_key: job.dedupeKey ?? null,
        created_at: now,
        finished_at: null,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** Runs what is due now, one job at a time; returns how many jobs ran. One run per process at a time. */
  runDue(limit = 50): Promise<number> {
    if (this.running) return this.running;
    this.running = this.runBatch(limit).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private leaseMs(): number {
    return this.options.leaseMs ?? defaultLeaseMs;
  }

  private async runBatch(limit: number): Promise<number> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return 0;
    const now = this.options.clock.now().toISOString();
    const candidates = await this.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(limit)
      .execute();
    let ran = 0;
    for (const { id } of candidates) {
      const job = await this.claim(id);
      if (!job) continue;
      ran += 1;
      await this.execute(job);
    }
    return ran;
  }

  /** The conditional update that makes a job ours; undefined when another worker got there first. */
  private async claim(id: string) {
    const now = this.options.clock.now();
    const nowIso = now.toISOString();
    const result = await this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        locked_by: this.workerId,
        locked_until: new Date(now.getTime() + this.leaseMs()).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', nowIso)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', nowIso)]),
        ]),
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return this.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  private async execute(row: NonNullable<Awaited<ReturnType<JobQueue['claim']>>>): Promise<void> {
    const handler = this.handlers.get(row.kind);
    const attempts = Number(row.attempts);
    const finish = async (
      status: 'done' | 'failed' | 'pending',
      extra: { last_error?: string; run_at?: string } = {},
    ) => {
      await this.db
        .updateTable('jobs')
        .set({
          status,
          locked_until: null,
          locked_by: null,
          finished_at: status === 'pending' ? null : this.options.clock.now().toISOString(),
          ...extra,
        })
        .where('id', '=', row.id)
        .where('locked_by', '=', this.workerId)
        .execute();
    };
    // A job that keeps killing its worker comes back with more attempts than it may have.
    if (!handler || attempts > Number(row.max_attempts)) {
      await finish('failed', { last_error: handler ? 'too many attempts' : `no handler for ${row.kind}` });
      return;
    }
    const job: TJob = {
      id: row.id,
      kind: row.kind,
      payload: safeParse(row.payload),
      attempts,
      runAt: row.run_at,
    };
    const context: TJobContext = {
      heartbeat: async () => {
        await this.db
          .updateTable('jobs')
          .set({ locked_until: new Date(this.options.clock.now().getTime() + this.leaseMs()).toISOString() })
          .where('id', '=', row.id)
          .where('locked_by', '=', this.workerId)
          .execute();
      },
    };
    try {
      await handler(job, context);
      await finish('done', { last_error: undefined });
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      this.options.logger.warn({ err: error, jobId: row.id, kind: row.kind, attempts }, 'job failed');
      if (attempts >= Number(row.max_attempts)) {
        await finish('failed', { last_error: message });
      } else {
        const delayMs = Math.min(2 ** attempts, 60) * 60_000;
        const runAt = new Date(this.options.clock.now().getTime() + delayMs).toISOString();
        await finish('pending', { last_error: message, run_at: runAt });
      }
    }
  }

  /** Polls for due jobs every intervalMs (call kick() after a commit that enqueued work due now). */
  start(intervalMs = 5_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    this.runDue().catch((error) => this.options.logger.error({ err: error }, 'job worker failed'));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
