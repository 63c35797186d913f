import type { TDb } from '../platform/db/database.ts';

/**
 * Who is asking: the one actor every policy and service receives. It is loaded once per request by
 * `http/actor.middleware.ts` and read from `c.var.actor`; jobs, scripts and tests build it with
 * `loadActor` or `makeActor`.
 */
export type TActor = {
  /** Null for an anonymous visitor. */
  userId: string | null;
  /** Platform roles: admin, reviewer, curator, moderator. */
  roles: readonly string[];
  /** Organisation id → the person's role in it (owner, editor, member). */
  organizationRoles: ReadonlyMap<string, string>;
};

/** The signed-in person as pages see them (put on the request by the session middleware). */
export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  isEmailVerified: boolean;
  roles: readonly string[];
};

export type TSignedInActor = TActor & { userId: string };

export const anonymousActor: TActor = Object.freeze({
  userId: null,
  roles: Object.freeze([]) as readonly string[],
  organizationRoles: new Map<string, string>(),
});

/** Builds an actor from what is already known (tests, demo loading, jobs acting for a person). */
export function makeActor(
  userId: string | null,
  roles: readonly string[] = [],
  organizationRoles: Iterable<readonly [string, string]> = [],
): TActor {
  return { userId, roles, organizationRoles: new Map(organizationRoles) };
}

/** Reads the person's organisation roles; an anonymous visitor costs no query. */
export async function loadActor(
  db: TDb,
  user: { id: string; roles: readonly string[] } | null,
): Promise<TActor> {
  if (!user) return anonymousActor;
  const rows = await db
    .selectFrom('organization_members')
    .select(['organization_id', 'role'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    roles: user.roles,
    organizationRoles: new Map(rows.map((r) => [r.organization_id, r.role])),
  };
}

/** The actor of a person known by id, platform roles included: for jobs that act on a person's behalf. */
export async function loadActorOfUser(db: TDb, userId: string): Promise<TActor> {
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return loadActor(db, { id: userId, roles: roles.map((r) => r.role) });
}

export function isSignedIn(actor: TActor): actor is TSignedInActor {
  return actor.userId !== null;
}

export function hasRole(actor: TActor, ...roles: readonly string[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/** Reviewers and admins: the alliance's secretariat (membership, commitments). */
export function isSecretariat(actor: TActor): boolean {
  return hasRole(actor, 'reviewer', 'admin');
}

/** Curators and admins: the people who look after published content (practices, events, news…). */
export function isCurator(actor: TActor): boolean {
  return hasRole(actor, 'curator', 'admin');
}

/** Every organisation the person belongs to, whatever their role in it. */
export function organizationIdsOf(actor: TActor): string[] {
  return [...actor.organizationRoles.keys()];
}

/** The organisations in which the person holds one of these roles. */
export function organizationIdsWithRole(actor: TActor, roles: readonly string[]): string[] {
  return [...actor.organizationRoles].filter(([, role]) => roles.includes(role)).map(([id]) => id);
}

/** Owners and editors write, publish and speak in an organisation's name. */
export const writerRoles: readonly string[] = ['owner', 'editor'];

export function isWriterOf(actor: TActor, organizationId: string): boolean {
  return writerRoles.includes(actor.organizationRoles.get(organizationId) ?? '');
}

/** Organisations in which the person is an owner or editor. */
export function writerOrganizationIds(actor: TActor): string[] {
  return organizationIdsWithRole(actor, writerRoles);
}
