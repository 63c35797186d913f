import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, manualClock } from '../../../test/support/accounts.ts';
import {
  actorOf,
  createMemberOrganization,
  declaredDraft,
  firstCycleId,
} from '../../../test/support/commitments.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { openRound, registerCommitmentJobs } from './commitment-reporting.service.ts';
import { publishCommitment, submitCommitment } from './commitment-workflow.service.ts';

// Reminders go out at 08:00 UTC; these tests open rounds at 05:30 UTC, before that hour.
describe('commitments: when a round’s reminders go out', () => {
  let t: TTestApp;
  const clock = manualClock(new Date('2025-06-02T05:30:00.000Z'));
  let admin: Awaited<ReturnType<typeof actorOf>>;
  let ownerEmail = '';

  before(async () => {
    t = await createTestApp({ clock });
    registerCommitmentJobs(t.deps);
    admin = await actorOf(t.deps, await createUser(t.deps, { roles: ['admin'] }), ['admin']);
    const org = await createMemberOrganization(t.deps, { name: 'Early Riser Network' });
    const { person: owner, actor, draft: c } = await declaredDraft(t.deps, org.id, 'owner');
    ownerEmail = owner.email;
    await submitCommitment(t.deps, actor, c.slug);
    await publishCommitment(t.deps, admin, c.slug);
  });
  after(async () => {
    await t.close();
  });

  const open = (title: string, opensOn: string, deadline: string) =>
    openRound(t.deps, admin, {
      cycleId: firstCycleId,
      title,
      opensOn,
      deadline,
      remindDaysBefore: 14,
      remindDaysAfter: 7,
    });
  const firstReminderAt = async (roundId: string) =>
    (
      await t.deps.db
        .selectFrom('jobs')
        .select('run_at')
        .where('dedupe_key', '=', `commitments:round:${roundId}:before`)
        .executeTakeFirstOrThrow()
    ).run_at;
  const remindersTo = (roundId: string) =>
    outboxRows(t.deps, { dedupeKey: `commitments:reminder:${roundId}:before:%` });

  it('reminds at once when a round opened today is already inside its reminder window', async () => {
    const round = await open('Short round', '2025-06-02', '2025-06-07');
    assert.equal(new Date(await firstReminderAt(round.id)).toISOString(), '2025-06-02T05:30:00.000Z');
    await t.deps.jobs.runDue();
    assert.deepEqual(
      (await remindersTo(round.id)).map((r) => r.to_address),
      [ownerEmail],
      'the maker hears of it now, not at 08:00',
    );
  });

  it('reminds at 08:00 UTC on the opening day of a round that opens later', async () => {
    const round = await open('Later round', '2025-06-05', '2025-06-10');
    assert.equal(new Date(await firstReminderAt(round.id)).toISOString(), '2025-06-05T08:00:00.000Z');
    await t.deps.jobs.runDue();
    assert.equal((await remindersTo(round.id)).length, 0, 'nothing before the round opens');
  });

  it('reminds at 08:00 UTC the given number of days before a distant deadline', async () => {
    const round = await open('Long round', '2025-06-02', '2025-08-01');
    assert.equal(new Date(await firstReminderAt(round.id)).toISOString(), '2025-07-18T08:00:00.000Z');
    await t.deps.jobs.runDue();
    assert.equal((await remindersTo(round.id)).length, 0);
  });
});
