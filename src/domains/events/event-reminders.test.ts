import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { manualClock } from '../../../test/support/accounts.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { anonymousActor } from '../../core/actor.ts';
import { cancelRegistration, registerForEvent } from './event-registrations.service.ts';

describe(`reminders a day and an hour before (${testDialect})`, () => {
  let t: TTestApp;
  const clock = manualClock(new Date('2026-01-20T12:00:00Z'));
  before(async () => {
    t = await createTestApp({ clock });
  });
  after(async () => {
    await t.close();
  });

  const remindersTo = async (email: string) =>
    (await t.deps.db.selectFrom('outbox').select('subject').where('to_address', '=', email).execute())
      .map((r) => r.subject)
      .filter((s) => s.startsWith('Tomorrow') || s.startsWith('In an hour'));

  it('reminds confirmed registrants once each, a day and then an hour before, and not those who cancelled', async () => {
    const { event } = await publishedEvent(t.deps, { capacity: 5 });
    const register = (name: string, email: string) =>
      registerForEvent(t.deps, anonymousActor, event.slug, { name, email }, { userId: null, locale: 'en' });
    const stays = await register('A', 'stays@example.org');
    const leaves = await register('B', 'leaves@example.org');
    assert.equal(stays.registration.status, 'confirmed');
    await cancelRegistration(t.deps, leaves.registration, { actorId: null });

    await t.deps.jobs.runDue();
    assert.deepEqual(await remindersTo('stays@example.org'), [], 'nothing a week before');

    clock.advanceMinutes((Date.parse('2026-01-27T15:20:00Z') - clock.now().getTime()) / 60_000);
    await t.deps.jobs.runDue();
    await t.deps.jobs.runDue();
    assert.deepEqual(await remindersTo('stays@example.org'), [
      'Tomorrow: Maternal mental health: a public conversation',
    ]);

    clock.advanceMinutes(23 * 60);
    await t.deps.jobs.runDue();
    assert.deepEqual((await remindersTo('stays@example.org')).length, 2);
    assert.deepEqual(await remindersTo('leaves@example.org'), []);
  });
});
