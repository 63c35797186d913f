import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createUser } from '../../../test/support/accounts.ts';
import {
  actorOf,
  addPersonTo,
  createMemberOrganization,
  declaredDraft,
  firstCycleId,
} from '../../../test/support/commitments.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { JobQueue } from '../../platform/jobs.ts';
import { openRound, registerCommitmentJobs } from './commitment-reporting.service.ts';
import { publishCommitment, submitCommitment } from './commitment-workflow.service.ts';

const childScript = fileURLToPath(
  new URL('../../../test/support/commitments-worker.child.ts', import.meta.url),
);

describe('durable reminders: a worker killed mid-run', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    registerCommitmentJobs(t.deps);
  });
  after(async () => {
    await t.close();
  });

  it('still gives every maker exactly one e-mail per reminder once the job is run again', async () => {
    const admin = await actorOf(t.deps, await createUser(t.deps, { roles: ['admin'] }), ['admin']);
    const people: string[] = [];
    const organizations = [];
    for (let i = 0; i < 6; i += 1) {
      const org = await createMemberOrganization(t.deps, { name: `Maker ${i}` });
      organizations.push(org);
      const locale = i % 2 === 0 ? 'en' : 'pl';
      const { person: owner, actor, draft: c } = await declaredDraft(t.deps, org.id, 'owner', { locale });
      people.push(owner.email);
      await submitCommitment(t.deps, actor, c.slug);
      await publishCommitment(t.deps, admin, c.slug);
    }
    // Someone who edits for two makers gets one e-mail, not two.
    const shared = await createUser(t.deps);
    await addPersonTo(t.deps, organizations[0]?.id ?? '', shared.id, 'editor');
    await addPersonTo(t.deps, organizations[1]?.id ?? '', shared.id, 'editor');
    people.push(shared.email);

    // Reminders go out at 08:00 UTC; a round that opened yesterday has its first one due at any hour.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    // This process must not run the job itself: the round opens with a queue that has no handlers.
    const worker = t.deps.jobs;
    t.deps.jobs = new JobQueue(t.deps.db, { clock: t.deps.clock, logger: t.deps.logger });
    const round = await openRound(t.deps, admin, {
      cycleId: firstCycleId,
      title: 'Reporting round',
      opensOn: yesterday,
      deadline,
      remindDaysBefore: 14,
      remindDaysAfter: 7,
    });
    t.deps.jobs = worker;
    const reminderRows = () => outboxRows(t.deps, { dedupeKey: `commitments:reminder:${round.id}:before:%` });

    // The worker runs in its own process and is killed (SIGKILL: no clean-up) after two e-mails.
    const child = fork(childScript, [t.database.dataDir, t.database.databaseUrl ?? '', '250'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<string | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    const deadlineMs = Date.now() + 60_000;
    while ((await reminderRows()).length < 2) {
      assert.ok(Date.now() < deadlineMs, 'the worker did not start sending');
      assert.equal(child.exitCode, null, 'the worker finished before it could be killed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const partial = await reminderRows();
    assert.ok(
      partial.length >= 2 && partial.length < people.length,
      `killed half-way (${partial.length} of ${people.length})`,
    );
    const job = await t.deps.db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', `commitments:round:${round.id}:before`)
      .executeTakeFirstOrThrow();
    assert.equal(job.status, 'running', 'the killed worker still holds the job');

    // Once its lease has run out, another worker takes the job over and finishes it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal(await t.deps.jobs.runDue(), 1);
    const rows = await reminderRows();
    const perPerson = new Map<string, number>();
    for (const row of rows) perPerson.set(row.to_address, (perPerson.get(row.to_address) ?? 0) + 1);
    assert.deepEqual([...perPerson.keys()].sort(), [...people].sort(), 'every maker got the reminder');
    assert.ok(
      [...perPerson.values()].every((n) => n === 1),
      'and nobody got it twice',
    );
    const done = await t.deps.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    assert.equal(done.status, 'done');
    assert.equal(Number(done.attempts), 2);

    // Running the worker again changes nothing.
    await t.deps.jobs.runDue();
    assert.equal((await reminderRows()).length, people.length);
  });
});
