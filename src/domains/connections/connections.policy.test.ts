import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import { can, listingActions, type TListingAction } from './connections.policy.ts';

const org = 'org-1';
const actors: Record<string, TActor> = {
  anonymous: { userId: null, roles: [], organizationRoles: new Map() },
  signedIn: { userId: 'u-1', roles: [], organizationRoles: new Map() },
  orgMember: { userId: 'u-2', roles: [], organizationRoles: new Map([[org, 'member']]) },
  orgEditor: { userId: 'u-3', roles: [], organizationRoles: new Map([[org, 'editor']]) },
  orgOwner: { userId: 'u-4', roles: [], organizationRoles: new Map([[org, 'owner']]) },
  otherEditor: { userId: 'u-5', roles: [], organizationRoles: new Map([['org-2', 'editor']]) },
  reviewer: { userId: 'u-6', roles: ['reviewer'], organizationRoles: new Map() },
  curator: { userId: 'u-7', roles: ['curator'], organizationRoles: new Map() },
  admin: { userId: 'u-8', roles: ['admin'], organizationRoles: new Map() },
};
const everyone = Object.keys(actors);
const writers = ['orgEditor', 'orgOwner'];

function expected(action: TListingAction, isOpen: boolean): string[] {
  switch (action) {
    case 'view':
      return everyone;
    case 'create':
      return writers;
    case 'edit':
      return isOpen ? writers : [];
    case 'close':
      return isOpen ? [...writers, 'reviewer', 'admin'] : [];
  }
}

describe('connections policy: every role × action × state', () => {
  for (const isOpen of [true, false]) {
    for (const action of listingActions) {
      it(`${action} on ${isOpen ? 'an open' : 'a closed'} listing of an organisation`, () => {
        const allowed = Object.entries(actors)
          .filter(([, a]) => can(a, action, { organizationId: org, isOpen }))
          .map(([name]) => name);
        assert.deepEqual(allowed.sort(), expected(action, isOpen).sort());
      });
    }
  }
  it('lets anyone who writes for some organisation open the form', () => {
    const allowed = Object.entries(actors)
      .filter(([, a]) => can(a, 'create'))
      .map(([name]) => name);
    assert.deepEqual(allowed.sort(), [...writers, 'otherEditor'].sort());
  });
});
