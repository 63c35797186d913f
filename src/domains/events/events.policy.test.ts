import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, whoMay } from '../../../test/support/actors.ts';
import type { TActor } from '../../core/actor.ts';
import { eventStatuses, type TEventStatus } from './event-vocabulary.ts';
import { can, eventActions, type TEventAction, type TEventResource } from './events.policy.ts';

const org = 'org-1';
const actors = organizationCast(org);

/** Who may, per action and status: "organisers" are orgEditor, orgOwner, curator and admin. */
const organisers = ['orgEditor', 'orgOwner', 'curator', 'admin'];
const everyone = Object.keys(actors);
const creators = ['orgEditor', 'orgOwner', 'otherEditor', 'curator', 'admin'];

function expected(action: TEventAction, status: TEventStatus): string[] {
  const isPublic = status !== 'draft';
  switch (action) {
    case 'view':
      return isPublic ? everyone : organisers;
    case 'create':
      return creators;
    case 'edit':
    case 'viewAttendees':
      return organisers;
    case 'publish':
      return status === 'draft' ? organisers : [];
    case 'cancel':
      return status === 'published' ? organisers : [];
    case 'editOutcome':
      return status === 'cancelled' ? [] : organisers;
    case 'register':
      return status === 'published' ? everyone : [];
  }
}

describe('events policy: every role × action × status', () => {
  for (const status of eventStatuses) {
    const event: TEventResource = {
      status,
      organizerIds: [org],
      createdBy: 'someone-else',
      isListed: true,
      isInAudience: true,
    };
    for (const action of eventActions) {
      it(`${action} on a ${status} event`, () => {
        const allowed = whoMay(actors, (actor) => can(actor, action, event));
        assert.deepEqual(allowed, [...expected(action, status)].sort());
      });
    }
  }

  it('lets the person who created an event manage it even without an organisation role', () => {
    const creator: TActor = { userId: 'u-9', roles: [], organizationRoles: new Map() };
    assert.ok(
      can(creator, 'edit', {
        status: 'draft',
        organizerIds: [],
        createdBy: 'u-9',
        isListed: true,
        isInAudience: true,
      }),
    );
  });
});

describe('events policy: a meeting held for a private community (ADR 0070)', () => {
  const meeting = (status: TEventStatus, isInAudience: boolean): TEventResource => ({
    status,
    organizerIds: [],
    createdBy: 'u-fac',
    isListed: false,
    isInAudience,
  });
  const facilitator: TActor = { userId: 'u-fac', roles: [], organizationRoles: new Map() };
  for (const status of ['published', 'cancelled'] as const) {
    it(`lets only the community's readers see a ${status} meeting; others get the neutral not-found`, () => {
      for (const [name, actor] of Object.entries(actors)) {
        const isManager = name === 'curator' || name === 'admin';
        assert.equal(can(actor, 'view', meeting(status, false)), isManager, `${name}, not a reader`);
        assert.equal(can(actor, 'view', meeting(status, true)), true, `${name}, a reader`);
        assert.equal(can(actor, 'register', meeting(status, false)), false, `${name} registers`);
        assert.equal(can(actor, 'register', meeting(status, true)), status === 'published');
      }
      assert.ok(can(facilitator, 'edit', meeting(status, false)), 'who planned it manages it');
    });
  }
});
