import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import { can, newsActions, type TNewsAction } from './news.policy.ts';
import { newsStatuses, type TNewsStatus } from './news.schemas.ts';

const org = 'org-1';
const actors: Record<string, TActor> = {
  anonymous: { userId: null, roles: [], organizationRoles: new Map() },
  signedIn: { userId: 'u-1', roles: [], organizationRoles: new Map() },
  orgMember: { userId: 'u-2', roles: [], organizationRoles: new Map([[org, 'member']]) },
  orgEditor: { userId: 'u-3', roles: [], organizationRoles: new Map([[org, 'editor']]) },
  orgOwner: { userId: 'u-4', roles: [], organizationRoles: new Map([[org, 'owner']]) },
  otherEditor: { userId: 'u-5', roles: [], organizationRoles: new Map([['org-2', 'editor']]) },
  curator: { userId: 'u-6', roles: ['curator'], organizationRoles: new Map() },
  admin: { userId: 'u-7', roles: ['admin'], organizationRoles: new Map() },
};
const writers = ['orgEditor', 'orgOwner', 'curator', 'admin'];

function expected(action: TNewsAction, status: TNewsStatus): string[] {
  switch (action) {
    case 'view':
      return status === 'published' ? Object.keys(actors) : writers;
    case 'create':
      return [...writers, 'otherEditor'];
    case 'edit':
      return writers;
    case 'publish':
      return status === 'published' ? [] : writers;
    case 'unpublish':
      return status === 'published' ? writers : [];
  }
}

describe('news policy: every role × action × status', () => {
  for (const status of newsStatuses) {
    for (const action of newsActions) {
      it(`${action} on a ${status} article of an organisation`, () => {
        const article = { status, organizationId: org, createdBy: 'someone' };
        const allowed = Object.entries(actors)
          .filter(([, a]) => can(a, action, article))
          .map(([name]) => name);
        assert.deepEqual(allowed.sort(), expected(action, status).sort());
      });
    }
  }
});
