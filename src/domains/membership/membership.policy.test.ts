import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TActor } from '../../core/actor.ts';
import {
  can as canOrganization,
  organizationActions,
  type TOrganizationAction,
} from '../organizations/organizations.policy.ts';
import { can, membershipActions, type TMembershipAction } from './membership.policy.ts';

/**
 * Every role × every action, on applications and organisations. The application belongs to
 * "applicant-user" (who started it signed in) and is also opened by its secret link ("key holder");
 * once accepted it belongs to organisation "org-1". "other-owner" owns another organisation.
 */
const org1 = 'org-1';
const actors: Record<string, { actor: TActor; isKeyHolder?: boolean }> = {
  anonymous: { actor: { userId: null, roles: [], organizationRoles: new Map() } },
  'key holder': { actor: { userId: null, roles: [], organizationRoles: new Map() }, isKeyHolder: true },
  'signed-in person': { actor: { userId: 'u-plain', roles: [], organizationRoles: new Map() } },
  'applicant-user': { actor: { userId: 'u-applicant', roles: [], organizationRoles: new Map() } },
  'org owner': { actor: { userId: 'u-owner', roles: [], organizationRoles: new Map([[org1, 'owner']]) } },
  'org editor': { actor: { userId: 'u-editor', roles: [], organizationRoles: new Map([[org1, 'editor']]) } },
  'org member': { actor: { userId: 'u-member', roles: [], organizationRoles: new Map([[org1, 'member']]) } },
  'other-owner': {
    actor: { userId: 'u-other', roles: [], organizationRoles: new Map([['org-2', 'owner']]) },
  },
  reviewer: { actor: { userId: 'u-reviewer', roles: ['reviewer'], organizationRoles: new Map() } },
  'removed reviewer': { actor: { userId: 'u-former', roles: [], organizationRoles: new Map() } },
  curator: { actor: { userId: 'u-curator', roles: ['curator'], organizationRoles: new Map() } },
  moderator: { actor: { userId: 'u-moderator', roles: ['moderator'], organizationRoles: new Map() } },
  admin: { actor: { userId: 'u-admin', roles: ['admin'], organizationRoles: new Map() } },
};

const applicantSide = ['key holder', 'applicant-user', 'org owner', 'org editor', 'org member'];
const secretariat = ['reviewer', 'admin'];

const applicationRules: Record<TMembershipAction, string[]> = {
  apply: Object.keys(actors),
  viewApplication: [...applicantSide, ...secretariat],
  editApplication: applicantSide,
  withdrawApplication: applicantSide,
  readLetter: [...applicantSide, ...secretariat],
  listApplications: secretariat,
  startReview: secretariat,
  readNotes: secretariat,
  addNote: secretariat,
  requestInformation: secretariat,
  acceptApplication: secretariat,
  declineApplication: secretariat,
  endMembership: ['org owner', ...secretariat],
};

const organizationRules: Record<TOrganizationAction, string[]> = {
  view: Object.keys(actors),
  viewPrivate: ['org owner', 'org editor', 'org member', ...secretariat],
  edit: ['org owner', 'org editor', 'admin'],
  managePeople: ['org owner', 'admin'],
  designateChampion: ['admin'],
  editChampionCriteria: secretariat,
};

describe('membership and organisation permissions: every role × every action', () => {
  it('covers every action of both policies', () => {
    assert.deepEqual(Object.keys(applicationRules).sort(), [...membershipActions].sort());
    assert.deepEqual(Object.keys(organizationRules).sort(), [...organizationActions].sort());
  });

  for (const [name, { actor, isKeyHolder = false }] of Object.entries(actors)) {
    it(`${name}: applications`, () => {
      const application = { applicantUserId: 'u-applicant', organizationId: org1, isKeyHolder };
      for (const action of membershipActions) {
        const expected = applicationRules[action].includes(name);
        assert.equal(
          can(actor, action, application),
          expected,
          `${name} ${expected ? 'may' : 'may not'} ${action}`,
        );
      }
    });

    it(`${name}: organisations`, () => {
      const member = { id: org1, membershipStatus: 'member' };
      for (const action of organizationActions) {
        const expected = organizationRules[action].includes(name);
        assert.equal(
          canOrganization(actor, action, member),
          expected,
          `${name} ${expected ? 'may' : 'may not'} ${action}`,
        );
      }
      const formerMember = { id: org1, membershipStatus: 'former' };
      const mayView = organizationRules.viewPrivate.includes(name);
      assert.equal(canOrganization(actor, 'view', formerMember), mayView, `${name} viewing a non-member`);
    });
  }
});
