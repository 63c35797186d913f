import type { TActor } from '../../src/core/actor.ts';

/** Actors for policy tests: who is asking, without a database. */

/** An actor with platform roles and organisation roles (`{ organisationId: role }`); `userId` null is anonymous. */
export function testActor(
  userId: string | null,
  roles: readonly string[] = [],
  organizations: Record<string, string> = {},
): TActor {
  return { userId, roles: [...roles], organizationRoles: new Map(Object.entries(organizations)) };
}

/**
 * The usual cast of a policy test about records an organisation owns: an anonymous visitor, a signed-in
 * person, the organisation's member, editor and owner, an editor of another organisation, and the
 * platform's reviewer, curator and admin.
 */
export function organizationCast(org: string): Record<string, TActor> {
  return {
    anonymous: testActor(null),
    signedIn: testActor('u-1'),
    orgMember: testActor('u-2', [], { [org]: 'member' }),
    orgEditor: testActor('u-3', [], { [org]: 'editor' }),
    orgOwner: testActor('u-4', [], { [org]: 'owner' }),
    otherEditor: testActor('u-5', [], { 'org-2': 'editor' }),
    reviewer: testActor('u-6', ['reviewer']),
    curator: testActor('u-7', ['curator']),
    admin: testActor('u-8', ['admin']),
  };
}

/** The names of the actors `allows` lets through, sorted (to compare with the table a test writes out). */
export function whoMay(actors: Record<string, TActor>, allows: (actor: TActor) => boolean): string[] {
  return Object.entries(actors)
    .filter(([, actor]) => allows(actor))
    .map(([name]) => name)
    .sort();
}
