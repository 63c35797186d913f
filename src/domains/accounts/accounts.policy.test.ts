import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymousActor, makeActor, type TActor } from '../../core/actor.ts';
import { accountActions, authorize, can, type TAccountAction } from './accounts.policy.ts';
import { platformRoles } from './accounts.schemas.ts';

/** Every kind of actor × every action, and what the answer must be. */
const actors: Record<string, TActor> = {
  anonymous: anonymousActor,
  'plain user': makeActor('u-plain', []),
  admin: makeActor('u-admin', ['admin']),
  reviewer: makeActor('u-reviewer', ['reviewer']),
  curator: makeActor('u-curator', ['curator']),
  moderator: makeActor('u-moderator', ['moderator']),
  'unknown role only': makeActor('u-odd', ['owner']),
};

const expected: Record<string, Record<TAccountAction, boolean>> = {
  anonymous: {
    'admin.view': false,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
  'plain user': {
    'admin.view': false,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
  admin: {
    'admin.view': true,
    'people.list': true,
    'roles.grant': true,
    'audit.read': true,
    'outbox.read': true,
  },
  reviewer: {
    'admin.view': true,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
  curator: {
    'admin.view': true,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
  moderator: {
    'admin.view': true,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
  'unknown role only': {
    'admin.view': false,
    'people.list': false,
    'roles.grant': false,
    'audit.read': false,
    'outbox.read': false,
  },
};

describe('accounts policy: every actor × every action', () => {
  it('covers every platform role and every action', () => {
    for (const role of platformRoles) assert.ok(expected[role], `no row for ${role}`);
    for (const row of Object.values(expected))
      assert.deepEqual(Object.keys(row).sort(), [...accountActions].sort());
  });

  for (const [name, actor] of Object.entries(actors)) {
    for (const action of accountActions) {
      const allowed = expected[name]?.[action];
      it(`${name} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        assert.equal(can(actor, action), allowed);
        if (allowed) assert.doesNotThrow(() => authorize(actor, action));
        else {
          assert.throws(
            () => authorize(actor, action),
            (error: unknown) =>
              (error as { code?: string }).code === (actor.userId ? 'forbidden' : 'unauthenticated'),
          );
        }
      });
    }
  }

  it('a person with several roles gets the union of their permissions', () => {
    const actor: TActor = makeActor('u-many', ['reviewer', 'admin']);
    for (const action of accountActions) assert.equal(can(actor, action), true);
  });
});
