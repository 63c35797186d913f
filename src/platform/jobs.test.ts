import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase } from '../../test/support/test-database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { JobQueue } from './jobs.ts';
import { createLogger } from './logger.ts';

describe('durable jobs (commitments reminders use them)', () => {
  let database: TTestDatabase;
  let now = new Date('2026-03-01T09:00:00.000Z');
  const clock = { now: () => new Date(now) };
  const logger = createLogger('silent');

  before(async () => {
    database = await createTestDatabase();
    await migrateToLatest(database.handle.db);
  });
  after(async () => {
    await database.drop();
  });

  it('enqueues once per dedupe key, waits for run_at, and runs each job once', async () => {
    const db = database.handle.db;
    const queue = new JobQueue(db, { clock, logger });
    const ran: string[] = [];
    queue.register('test.echo', async (job) => {
      ran.push((job.payload as { word: string }).word);
    });
    assert.equal(
      await queue.enqueue(db, { kind: 'test.echo', payload: { word: 'now' }, dedupeKey: 'echo:1' }),
      true,
    );
    assert.equal(
      await queue.enqueue(db, { kind: 'test.echo', payload: { word: 'again' }, dedupeKey: 'echo:1' }),
      false,
    );
    await queue.enqueue(db, {
      kind: 'test.echo',
      payload: { word: 'later' },
      runAt: '2026-03-02T00:00:00.000Z',
    });
    assert.equal(await queue.runDue(), 1);
    assert.deepEqual(ran, ['now']);
    assert.equal(await queue.runDue(), 0, 'nothing else is due yet');
    now = new Date('2026-03-02T00:00:01.000Z');
    assert.equal(await queue.runDue(), 1);
    assert.deepEqual(ran, ['now', 'later']);
    const statuses = await db.selectFrom('jobs').select('status').where('kind', '=', 'test.echo').execute();
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['done', 'done'],
    );
  });

  it('lets two workers race for the same jobs without running any twice', async () => {
    const db = database.handle.db;
    const counts = new Map<string, number>();
    const handler = async (job: { id: string }) => {
      counts.set(job.id, (counts.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const first = new JobQueue(db, { clock, logger });
    const second = new JobQueue(db, { clock, logger });
    first.register('test.race', handler);
    second.register('test.race', handler);
    for (let i = 0; i < 12; i += 1) await first.enqueue(db, { kind: 'test.race', payload: { i } });
    const [a, b] = await Promise.all([first.runDue(), second.runDue()]);
    assert.equal(a + b, 12);
    assert.equal(counts.size, 12);
    assert.ok(
      [...counts.values()].every((n) => n === 1),
      'every job ran exactly once',
    );
  });

  it('retries a failing job later, then gives up after max attempts', async () => {
    const db = database.handle.db;
    const queue = new JobQueue(db, { clock, logger });
    let calls = 0;
    queue.register('test.flaky', async () => {
      calls += 1;
      throw new Error('smtp is down');
    });
    await queue.enqueue(db, { kind: 'test.flaky', maxAttempts: 2, dedupeKey: 'flaky' });
    await queue.runDue();
    let row = await db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', 'flaky')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.equal(row.last_error, 'smtp is down');
    assert.ok(row.run_at > now.toISOString(), 'retried later, not at once');
    assert.equal(await queue.runDue(), 0);
    now = new Date(Date.parse(row.run_at) + 1000);
    await queue.runDue();
    row = await db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'flaky').executeTakeFirstOrThrow();
    assert.equal(row.status, 'failed');
    assert.equal(calls, 2);
  });

  it('takes over a job whose worker stopped holding its lease', async () => {
    const db = database.handle.db;
    const crashed = new JobQueue(db, { clock, logger, leaseMs: 60_000 });
    let isStuck = true;
    crashed.register('test.lease', async () => {
      // The first worker "dies" here: it never finishes, so its lease is never released.
      await new Promise<void>((resolve) => {
        const wait = () => (isStuck ? setTimeout(wait, 5) : resolve());
        wait();
      });
    });
    await crashed.enqueue(db, { kind: 'test.lease', dedupeKey: 'lease' });
    const stuck = crashed.runDue();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const rescuer = new JobQueue(db, { clock, logger });
    let rescued = 0;
    rescuer.register('test.lease', async () => {
      rescued += 1;
    });
    assert.equal(await rescuer.runDue(), 0, 'the lease still holds');
    now = new Date(now.getTime() + 61_000);
    assert.equal(await rescuer.runDue(), 1, 'the expired lease is taken over');
    assert.equal(rescued, 1);
    isStuck = false;
    await stuck;
    const row = await db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', 'lease')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'done');
    assert.equal(Number(row.attempts), 2);
  });
});
