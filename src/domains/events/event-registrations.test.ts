import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lseEventInput, publishedEvent } from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { anonymousActor } from '../../core/actor.ts';
import { countRegistrationsByStatus, listRegistrations } from './event-registrations.repository.ts';
import { cancelRegistration, registerForEvent } from './event-registrations.service.ts';
import { findEventById } from './events.repository.ts';
import { updateEvent } from './events.service.ts';

describe(`registration with a waiting list (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });

  it('gives exactly 10 seats to 50 people registering at once, puts 40 on the waiting list, and promotes one per cancellation', async () => {
    const { deps } = t;
    const { event } = await publishedEvent(deps, { capacity: 10 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        registerForEvent(
          deps,
          anonymousActor,
          event.slug,
          { name: `Person ${i}`, email: `p${i}@example.org` },
          {
            userId: null,
            locale: 'en',
          },
        ),
      ),
    );
    const failures = attempts.filter((a) => a.status === 'rejected');
    assert.deepEqual(failures, [], 'every registration is accepted (seat or waiting list)');
    const counts = await countRegistrationsByStatus(deps.db, event.id);
    assert.deepEqual(counts, { confirmed: 10, waiting: 40, cancelled: 0 });
    assert.equal((await findEventById(deps.db, event.id))?.confirmedCount, 10);

    const all = await listRegistrations(deps.db, event.id);
    const firstWaiting = all.filter((r) => r.status === 'waiting')[0];
    const someConfirmed = all.find((r) => r.status === 'confirmed');
    assert.ok(firstWaiting && someConfirmed);
    const { promoted } = await cancelRegistration(deps, someConfirmed, { actorId: null });
    assert.equal(promoted, 1);
    assert.deepEqual(await countRegistrationsByStatus(deps.db, event.id), {
      confirmed: 10,
      waiting: 39,
      cancelled: 1,
    });
    const after = await listRegistrations(deps.db, event.id);
    assert.equal(
      after.find((r) => r.id === firstWaiting.id)?.status,
      'confirmed',
      'the first in line moved up',
    );

    const mails = await deps.db
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'carries_secret'])
      .where('to_address', '=', firstWaiting.email)
      .orderBy('created_at')
      .execute();
    assert.equal(mails.length, 2, 'a waiting-list mail, then a promotion mail');
    assert.deepEqual(
      mails.map((m) => Number(m.carries_secret)),
      [1, 1],
      'both carry the registration link and are marked',
    );
  });

  it('cancels several at once without over-booking or losing a seat', async () => {
    const { deps } = t;
    const { event } = await publishedEvent(deps, { capacity: 5 });
    for (let i = 0; i < 12; i += 1) {
      await registerForEvent(
        deps,
        anonymousActor,
        event.slug,
        { name: `P${i}`, email: `q${i}@example.org` },
        {
          userId: null,
          locale: 'en',
        },
      );
    }
    const confirmed = (await listRegistrations(deps.db, event.id)).filter((r) => r.status === 'confirmed');
    await Promise.all(confirmed.slice(0, 3).map((r) => cancelRegistration(deps, r, { actorId: null })));
    assert.deepEqual(await countRegistrationsByStatus(deps.db, event.id), {
      confirmed: 5,
      waiting: 4,
      cancelled: 3,
    });
    assert.equal((await findEventById(deps.db, event.id))?.confirmedCount, 5);
  });

  it('registers the same address once, even at the same moment, and answers both alike', async () => {
    const { deps } = t;
    const { event } = await publishedEvent(deps, { capacity: 3 });
    const twice = await Promise.all(
      [1, 2].map(() =>
        registerForEvent(
          deps,
          anonymousActor,
          event.slug,
          { name: 'Ola', email: 'ola@example.org' },
          {
            userId: null,
            locale: 'pl',
          },
        ),
      ),
    );
    assert.deepEqual(twice.map((r) => r.isNew).sort(), [false, true]);
    assert.equal(twice[0]?.registration.id, twice[1]?.registration.id);
    assert.equal(twice[0]?.token, twice[1]?.token, 'one registration, one link');
    assert.deepEqual(await countRegistrationsByStatus(deps.db, event.id), {
      confirmed: 1,
      waiting: 0,
      cancelled: 0,
    });
  });

  it('lets people in from the waiting list when the organiser adds seats', async () => {
    const { deps } = t;
    const { event, actor, organization } = await publishedEvent(deps, { capacity: 1 });
    for (const n of [1, 2, 3]) {
      await registerForEvent(
        deps,
        anonymousActor,
        event.slug,
        { name: `W${n}`, email: `w${n}@example.org` },
        { userId: null, locale: 'en' },
      );
    }
    assert.deepEqual(await countRegistrationsByStatus(deps.db, event.id), {
      confirmed: 1,
      waiting: 2,
      cancelled: 0,
    });
    await updateEvent(deps, actor, event.slug, lseEventInput(organization.slug, { capacity: 2 }));
    assert.deepEqual(await countRegistrationsByStatus(deps.db, event.id), {
      confirmed: 2,
      waiting: 1,
      cancelled: 0,
    });
  });
});
