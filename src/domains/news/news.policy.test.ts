import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationCast, whoMay } from '../../../test/support/actors.ts';
import { can, newsActions, type TNewsAction } from './news.policy.ts';
import { newsStatuses, type TNewsStatus } from './news.schemas.ts';

const org = 'org-1';
// The platform's reviewer is one more signed-in person here: only curators and admins manage these.
const actors = organizationCast(org);
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
        assert.deepEqual(
          whoMay(actors, (a) => can(a, action, article)),
          expected(action, status).sort(),
        );
      });
    }
  }
});
