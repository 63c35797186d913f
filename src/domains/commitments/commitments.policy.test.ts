import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import type { TCommitmentStatus } from './commitment-vocabulary.ts';
import { can, commitmentActions, type TCommitmentAction } from './commitments.policy.ts';

const lead = 'org-lead';
const pending = 'org-pending';
const confirmed = 'org-confirmed';
const other = 'org-other';

function actor(roles: string[] = [], organizations: Record<string, string> = {}, isSignedIn = true): TActor {
  return {
    userId: isSignedIn ? 'u' : null,
    roles,
    organizationRoles: new Map(Object.entries(organizations)),
  };
}

const actors: Record<string, TActor> = {
  anonymous: actor([], {}, false),
  signedIn: actor(),
  leadMember: actor([], { [lead]: 'member' }),
  leadEditor: actor([], { [lead]: 'editor' }),
  leadOwner: actor([], { [lead]: 'owner' }),
  pendingCoEditor: actor([], { [pending]: 'editor' }),
  pendingCoMember: actor([], { [pending]: 'member' }),
  confirmedCoEditor: actor([], { [confirmed]: 'owner' }),
  otherEditor: actor([], { [other]: 'editor' }),
  reviewer: actor(['reviewer']),
  curator: actor(['curator']),
  moderator: actor(['moderator']),
  admin: actor(['admin']),
};

const makers = [
  { organizationId: lead, role: 'lead', status: 'confirmed' },
  { organizationId: pending, role: 'co_maker', status: 'pending' },
  { organizationId: confirmed, role: 'co_maker', status: 'confirmed' },
];

/** A commitment its lead may still change (a draft, one returned by the reviewer, a withdrawn one): the same rights. */
const whileEditable: Record<string, TCommitmentAction[]> = {
  anonymous: [],
  signedIn: [],
  leadMember: ['view'],
  leadEditor: ['view', 'create', 'edit', 'submit'],
  leadOwner: ['view', 'create', 'edit', 'submit'],
  pendingCoEditor: ['view', 'create', 'respond'],
  pendingCoMember: ['view'],
  confirmedCoEditor: ['view', 'create'],
  otherEditor: ['create'],
  reviewer: ['view', 'create', 'edit', 'submit', 'listForReview', 'manageRounds'],
  curator: [],
  moderator: [],
  admin: ['view', 'create', 'edit', 'submit', 'listForReview', 'manageRounds', 'manageCycles'],
};

/** What each actor may do, per status of the commitment; anything not listed is refused. */
const allowed: Record<TCommitmentStatus, Record<string, TCommitmentAction[]>> = {
  draft: whileEditable,
  returned: whileEditable,
  submitted: {
    anonymous: [],
    signedIn: [],
    leadMember: ['view'],
    leadEditor: ['view', 'create'],
    leadOwner: ['view', 'create'],
    pendingCoEditor: ['view', 'create', 'respond'],
    pendingCoMember: ['view'],
    confirmedCoEditor: ['view', 'create'],
    otherEditor: ['create'],
    reviewer: ['view', 'create', 'edit', 'publish', 'return', 'listForReview', 'manageRounds'],
    curator: [],
    moderator: [],
    admin: ['view', 'create', 'edit', 'publish', 'return', 'listForReview', 'manageRounds', 'manageCycles'],
  },
  published: {
    anonymous: ['view'],
    signedIn: ['view'],
    leadMember: ['view'],
    leadEditor: ['view', 'create', 'report', 'withdraw'],
    leadOwner: ['view', 'create', 'report', 'withdraw'],
    pendingCoEditor: ['view', 'create', 'respond'],
    pendingCoMember: ['view'],
    confirmedCoEditor: ['view', 'create', 'report'],
    otherEditor: ['view', 'create'],
    reviewer: ['view', 'create', 'edit', 'unpublish', 'listForReview', 'manageRounds'],
    curator: ['view'],
    moderator: ['view'],
    admin: ['view', 'create', 'edit', 'unpublish', 'listForReview', 'manageRounds', 'manageCycles'],
  },
  withdrawn: whileEditable,
};

describe('commitments policy: every role × action × status', () => {
  for (const [status, byActor] of Object.entries(allowed) as [
    TCommitmentStatus,
    Record<string, TCommitmentAction[]>,
  ][]) {
    it(`answers as the table says for a ${status} commitment`, () => {
      const resource = { status, leadOrganizationId: lead, makers };
      const problems: string[] = [];
      for (const [name, subject] of Object.entries(actors)) {
        const expected = byActor[name];
        assert.ok(expected, `no row for ${name}`);
        for (const action of commitmentActions) {
          const actual = can(subject, action, resource);
          if (actual !== expected.includes(action)) problems.push(`${name} ${action}: got ${actual}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('refuses a report from the people of someone else’s commitment, and from a co-maker that has not confirmed', () => {
    const resource = { status: 'published' as const, leadOrganizationId: lead, makers };
    assert.equal(can(actors.otherEditor as TActor, 'report', resource), false);
    assert.equal(can(actors.pendingCoEditor as TActor, 'report', resource), false);
    assert.equal(can(actors.admin as TActor, 'report', resource), false);
  });
});
