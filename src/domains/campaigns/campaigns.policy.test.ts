import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, whoMay } from '../../../test/support/actors.ts';
import { campaignActions, can, type TCampaignAction } from './campaigns.policy.ts';
import { campaignStatuses, type TCampaignStatus } from './campaigns.schemas.ts';

const org = 'org-1';
// The platform's reviewer is one more signed-in person here: only curators and admins manage these.
const actors = organizationCast(org);
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
        assert.deepEqual(
          whoMay(actors, (a) => can(a, action, campaign)),
          expected(action, status).sort(),
        );
      });
    }
  }
});
