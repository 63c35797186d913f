import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import { can, canListImports, importActions, type TImportAction } from './imports.policy.ts';
import { importStatuses, type TImportStatus } from './imports.schemas.ts';

/** Who may do what with imports: every role × action × status × owner (docs/adr/0077). */
const org = 'org-1';
const actors: Record<string, TActor> = {
  anonymous: { userId: null, roles: [], organizationRoles: new Map() },
  signedIn: { userId: 'u-1', roles: [], organizationRoles: new Map() },
  orgMember: { userId: 'u-2', roles: [], organizationRoles: new Map([[org, 'member']]) },
  orgEditor: { userId: 'u-3', roles: [], organizationRoles: new Map([[org, 'editor']]) },
  orgOwner: { userId: 'u-4', roles: [], organizationRoles: new Map([[org, 'owner']]) },
  otherEditor: { userId: 'u-5', roles: [], organizationRoles: new Map([['org-2', 'editor']]) },
  reviewer: { userId: 'u-8', roles: ['reviewer'], organizationRoles: new Map() },
  curator: { userId: 'u-6', roles: ['curator'], organizationRoles: new Map() },
  admin: { userId: 'u-7', roles: ['admin'], organizationRoles: new Map() },
};
const secretariat = ['curator', 'admin'];
const writers = ['orgEditor', 'orgOwner'];

function expected(action: TImportAction, status: TImportStatus, owner: string | null): string[] {
  const side = owner === org ? [...secretariat, ...writers] : secretariat;
  switch (action) {
    case 'view':
      return side;
    case 'create':
      return [...secretariat, ...writers, 'otherEditor'];
    case 'review':
    case 'draft':
    case 'drop':
      return status === 'waiting' ? side : [];
  }
}

describe('imports policy: every role × action × status', () => {
  for (const owner of [org, null]) {
    for (const status of importStatuses) {
      for (const action of importActions) {
        it(`${action} on a ${status} import of ${owner ?? 'the secretariat'}`, () => {
          const allowed = Object.entries(actors)
            .filter(([, a]) => can(a, action, { status, organizationId: owner }))
            .map(([name]) => name);
          assert.deepEqual(allowed.sort(), expected(action, status, owner).sort());
        });
      }
    }
  }
  it('lists imports for curators and for owners and editors of an organisation only', () => {
    const listing = Object.entries(actors)
      .filter(([, a]) => canListImports(a))
      .map(([name]) => name);
    assert.deepEqual(listing.sort(), [...secretariat, ...writers, 'otherEditor'].sort());
  });
});
