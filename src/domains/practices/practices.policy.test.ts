import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { practiceStatuses, type TPracticeStatus } from './practice-vocabulary.ts';
import {
  can,
  practiceActions,
  type TPracticeAction,
  type TPracticeActor,
  type TPracticeResource,
} from './practices.policy.ts';

/**
 * Every role × action × status, against a table written out by hand: a change to the rules has to
 * change this table too.
 */
const actors: Record<string, TPracticeActor> = {
  anonymous: { userId: null, roles: [], organizationIds: [] },
  signedIn: { userId: 'u-other', roles: [], organizationIds: [] },
  otherMember: { userId: 'u-member', roles: [], organizationIds: ['org-b'] },
  author: { userId: 'u-author', roles: [], organizationIds: ['org-a'] },
  colleague: { userId: 'u-colleague', roles: [], organizationIds: ['org-a'] },
  reviewer: { userId: 'u-reviewer', roles: ['reviewer'], organizationIds: [] },
  moderator: { userId: 'u-moderator', roles: ['moderator'], organizationIds: [] },
  curator: { userId: 'u-curator', roles: ['curator'], organizationIds: [] },
  admin: { userId: 'u-admin', roles: ['admin'], organizationIds: [] },
};

const practiceIn = (status: TPracticeStatus): TPracticeResource => ({
  status,
  createdBy: 'u-author',
  organizationId: 'org-a',
});

const curators = ['curator', 'admin'];
const authorSide = ['author', 'colleague'];

/** Who may, per action, as a function of the status. */
function expected(action: TPracticeAction, status: TPracticeStatus): string[] {
  const isOpenForAuthor = status === 'draft' || status === 'returned';
  switch (action) {
    case 'view':
      return status === 'published' ? Object.keys(actors) : [...authorSide, ...curators];
    case 'create':
      return ['otherMember', ...authorSide, ...curators];
    case 'edit':
      return isOpenForAuthor ? [...authorSide, ...curators] : curators;
    case 'translate':
    case 'viewRevisions':
      return [...authorSide, ...curators];
    case 'submit':
      return isOpenForAuthor ? [...authorSide, ...curators] : [];
    case 'publish':
      return status === 'published' ? [] : curators;
    case 'return':
      return status === 'submitted' ? curators : [];
    case 'unpublish':
    case 'verify':
    case 'feature':
      return status === 'published' ? curators : [];
    case 'listForReview':
    case 'import':
      return curators;
  }
}

describe('practices policy: every role × action × status', () => {
  for (const action of practiceActions) {
    for (const status of practiceStatuses) {
      it(`${action} on a ${status} practice`, () => {
        const allowed = Object.entries(actors)
          .filter(([, actor]) => can(actor, action, practiceIn(status)))
          .map(([name]) => name)
          .sort();
        assert.deepEqual(allowed, [...expected(action, status)].sort());
      });
    }
  }
});
