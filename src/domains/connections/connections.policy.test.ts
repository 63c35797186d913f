import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, whoMay } from '../../../test/support/actors.ts';
import { can, listingActions, type TListingAction } from './connections.policy.ts';

const org = 'org-1';
const actors = organizationCast(org);
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
        const allowed = whoMay(actors, (a) => can(a, action, { organizationId: org, isOpen }));
        assert.deepEqual(allowed, expected(action, isOpen).sort());
      });
    }
  }
  it('lets anyone who writes for some organisation open the form', () => {
    const allowed = whoMay(actors, (a) => can(a, 'create'));
    assert.deepEqual(allowed, [...writers, 'otherEditor'].sort());
  });
});
