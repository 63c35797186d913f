import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import { practiceStatuses, type TPracticeStatus } from './practice-vocabulary.ts';
import { can, practiceActions, type TPracticeAction, type TPracticeResource } from './practices.policy.ts';

/**
 * Every role × action × status, against a table written out by hand: a change to the rules has to
 * change this table too.
 */
const actors: Record<string, TActor> = {
  anonymous: { userId: null, roles: [], organizationRoles: new Map() },
  signedIn: { userId: 'u-other', roles: [], organizationRoles: new Map() },
  otherMember: { userId: 'u-member', roles: [], organizationRoles: new Map([['org-b', 'member']]) },
  author: { userId: 'u-author', roles: [], organizationRoles: new Map([['org-a', 'member']]) },
  colleague: { userId: 'u-colleague', roles: [], organizationRoles: new Map([['org-a', 'member']]) },
  reviewer: { userId: 'u-reviewer', roles: ['reviewer'], organizationRoles: new Map() },
  moderator: { userId: 'u-moderator', roles: ['moderator'], organizationRoles: new Map() },
  curator: { userId: 'u-curator', roles: ['curator'], organizationRoles: new Map() },
  admin: { userId: 'u-admin', roles: ['admin'], organizationRoles: new Map() },
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
