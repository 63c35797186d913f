import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import { campaignActions, can, type TCampaignAction } from './campaigns.policy.ts';
import { campaignStatuses, type TCampaignStatus } from './campaigns.schemas.ts';

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
const leads = ['orgEditor', 'orgOwner', 'curator', 'admin'];
const speakers = ['orgEditor', 'orgOwner', 'otherEditor'];

function expected(action: TCampaignAction, status: TCampaignStatus): string[] {
  switch (action) {
    case 'view':
      return status === 'draft' ? leads : Object.keys(actors);
    case 'create':
      return [...leads, 'otherEditor'];
    case 'edit':
      return leads;
    case 'publish':
      return status === 'draft' ? leads : [];
    case 'close':
      return status === 'published' ? leads : [];
    case 'unpublish':
      return status === 'draft' ? [] : leads;
    case 'endorse':
      return status === 'published' ? speakers : [];
  }
}

describe('campaigns policy: every role × action × status', () => {
  for (const status of campaignStatuses) {
    for (const action of campaignActions) {
      it(`${action} on a ${status} campaign`, () => {
        const campaign = { status, organizationId: org, createdBy: 'someone' };
        const allowed = Object.entries(actors)
          .filter(([, a]) => can(a, action, campaign))
          .map(([name]) => name);
        assert.deepEqual(allowed.sort(), expected(action, status).sort());
      });
    }
  }
});
