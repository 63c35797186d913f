import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import {
  communityActions,
  communityPolicy,
  postActions,
  postPolicy,
  type TCommunityAction,
  type TCommunityResource,
  type TPostAction,
  type TPostResource,
} from './communities.policy.ts';
import {
  communityStatuses,
  communityVisibilities,
  joinPolicies,
  type TCommunityStatus,
  type TCommunityVisibility,
  type TJoinPolicy,
  type TMemberRole,
} from './communities.schemas.ts';

/**
 * Every person × action × kind of community, against a table written out by hand. People are named by
 * their relation to the community: its facilitator, a member, someone whose request waits, a signed-in
 * stranger, the proposer of a proposal, a curator or admin (the secretariat), and an anonymous visitor.
 */
type TPerson = { actor: TActor; role: TMemberRole | null };
const person = (userId: string | null, role: TMemberRole | null, roles: string[] = []): TPerson => ({
  actor: { userId, roles, organizationRoles: new Map() },
  role,
});
const people: Record<string, TPerson> = {
  anonymous: person(null, null),
  stranger: person('u-stranger', null),
  requested: person('u-requested', 'requested'),
  member: person('u-member', 'member'),
  facilitator: person('u-facilitator', 'facilitator'),
  proposer: person('u-proposer', 'facilitator'),
  moderatorRoleOnly: person('u-mod', null, ['moderator']),
  curator: person('u-curator', null, ['curator']),
  admin: person('u-admin', null, ['admin']),
};
const everyone = Object.keys(people);
const signedIn = everyone.filter((p) => p !== 'anonymous');
const secretariat = ['curator', 'admin'];
const members = ['member', 'facilitator', 'proposer'];

function expectedCommunity(
  action: TCommunityAction,
  status: TCommunityStatus,
  visibility: TCommunityVisibility,
  joinPolicy: TJoinPolicy,
): string[] {
  const isActive = status === 'active';
  const seers = isActive ? everyone : [...secretariat, 'proposer'];
  switch (action) {
    case 'view':
      return seers;
    case 'readContent':
      return visibility === 'public' ? seers : seers.filter((p) => [...members, ...secretariat].includes(p));
    case 'create':
      return secretariat;
    case 'propose':
      return signedIn;
    case 'decide':
      return status === 'proposed' ? secretariat : [];
    case 'edit':
      return ['facilitator', 'proposer', ...secretariat];
    case 'join':
      return isActive && joinPolicy === 'open' ? ['stranger', 'moderatorRoleOnly', ...secretariat] : [];
    case 'requestToJoin':
      return isActive && joinPolicy === 'request' ? ['stranger', 'moderatorRoleOnly', ...secretariat] : [];
    case 'leave':
      return ['requested', ...members];
    case 'stepDown':
      return isActive ? ['facilitator', 'proposer'] : [];
    case 'endFacilitator':
      return isActive ? secretariat : [];
    case 'manageMembers':
    case 'moderate':
    case 'holdMeetings':
      return isActive ? ['facilitator', 'proposer', ...secretariat] : [];
    case 'startThread':
      return isActive ? [...members, ...secretariat] : [];
    case 'watch':
      return isActive ? members : [];
  }
}

describe('communities policy: every person × action × kind of community', () => {
  for (const status of communityStatuses)
    for (const visibility of communityVisibilities)
      for (const joinPolicy of joinPolicies)
        for (const action of communityActions) {
          it(`${action} on a ${status} ${visibility} community joined ${joinPolicy === 'open' ? 'at once' : 'by request'}`, () => {
            const allowed = Object.entries(people)
              .filter(([, p]) => {
                const resource: TCommunityResource = {
                  status,
                  visibility,
                  joinPolicy,
                  createdBy: 'u-proposer',
                  role: p.role,
                };
                return communityPolicy.can(p.actor, action, resource);
              })
              .map(([name]) => name);
            assert.deepEqual(
              allowed.sort(),
              expectedCommunity(action, status, visibility, joinPolicy).sort(),
            );
          });
        }

  it('answers 404 to a stranger asking about a private proposal, 401 to an anonymous visitor who may see', () => {
    const proposal: TCommunityResource = {
      status: 'proposed',
      visibility: 'public',
      joinPolicy: 'open',
      createdBy: 'u-proposer',
      role: null,
    };
    assert.throws(() => communityPolicy.authorize(people.stranger?.actor as TActor, 'decide', proposal), {
      code: 'not_found',
    });
    const active = { ...proposal, status: 'active' as const };
    assert.throws(() => communityPolicy.authorize(people.anonymous?.actor as TActor, 'join', active), {
      code: 'unauthenticated',
    });
  });
});

const threadStates = ['open', 'locked', 'hidden'] as const;

function expectedPost(
  action: TPostAction,
  visibility: TCommunityVisibility,
  threadStatus: (typeof threadStates)[number],
  isDeleted: boolean,
): string[] {
  const writers = [...members, ...secretariat];
  const readers = visibility === 'public' ? everyone : [...members, ...secretariat];
  switch (action) {
    case 'read':
      return threadStatus === 'hidden'
        ? readers.filter((p) => ['facilitator', 'proposer', ...secretariat].includes(p))
        : readers;
    case 'reply':
      return threadStatus === 'open' ? writers : [];
    case 'edit':
      return threadStatus === 'open' && !isDeleted ? ['member'] : [];
    case 'delete':
      return isDeleted ? [] : ['member'];
    case 'translate':
      return isDeleted ? [] : writers;
    case 'accept':
      // The question's author is the facilitator here; the post's author is the member.
      return isDeleted ? [] : ['facilitator', 'proposer', ...secretariat];
    case 'markHelpful':
      return isDeleted ? [] : writers.filter((p) => p !== 'member');
    case 'report':
      return isDeleted ? [] : readers.filter((p) => p !== 'anonymous' && p !== 'member');
    case 'moderate':
      return ['facilitator', 'proposer', ...secretariat];
  }
}

describe('posts policy: every person × action × kind of thread and post', () => {
  for (const visibility of communityVisibilities)
    for (const threadStatus of threadStates)
      for (const isDeleted of [false, true])
        for (const action of postActions) {
          it(`${action} on a ${isDeleted ? 'deleted' : 'live'} post of a ${threadStatus} question in a ${visibility} community`, () => {
            const allowed = Object.entries(people)
              .filter(([, p]) => {
                const resource: TPostResource = {
                  community: {
                    status: 'active',
                    visibility,
                    joinPolicy: 'open',
                    createdBy: 'u-proposer',
                    role: p.role,
                  },
                  threadKind: 'question',
                  threadStatus,
                  threadAuthorId: 'u-facilitator',
                  authorId: 'u-member',
                  isDeleted,
                  isOpening: false,
                };
                return postPolicy.can(p.actor, action, resource);
              })
              .map(([name]) => name);
            assert.deepEqual(
              allowed.sort(),
              expectedPost(action, visibility, threadStatus, isDeleted).sort(),
            );
          });
        }

  it('accepts no answer in a discussion, and never the opening post itself', () => {
    const base: TPostResource = {
      community: {
        status: 'active',
        visibility: 'public',
        joinPolicy: 'open',
        createdBy: null,
        role: 'facilitator',
      },
      threadKind: 'discussion',
      threadStatus: 'open',
      threadAuthorId: 'u-facilitator',
      authorId: 'u-member',
      isDeleted: false,
      isOpening: false,
    };
    const facilitator = people.facilitator?.actor as TActor;
    assert.equal(postPolicy.can(facilitator, 'accept', base), false);
    assert.equal(postPolicy.can(facilitator, 'accept', { ...base, threadKind: 'question' }), true);
    assert.equal(
      postPolicy.can(facilitator, 'accept', { ...base, threadKind: 'question', isOpening: true }),
      false,
    );
  });

  it('lets nobody write in a community that is not active', () => {
    const proposal: TPostResource = {
      community: {
        status: 'proposed',
        visibility: 'public',
        joinPolicy: 'open',
        createdBy: 'u-proposer',
        role: 'facilitator',
      },
      threadKind: 'discussion',
      threadStatus: 'open',
      threadAuthorId: null,
      authorId: 'u-proposer',
      isDeleted: false,
      isOpening: false,
    };
    for (const action of ['reply', 'edit', 'translate', 'markHelpful'] as const)
      assert.equal(postPolicy.can(people.proposer?.actor as TActor, action, proposal), false, action);
  });
});
