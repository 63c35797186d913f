import { type SqlBool, sql } from 'kysely';
import type { TDb } from '../../platform/db/database.ts';

/**
 * The accounts domain's SQL: people, their roles, and single-use links (auth_tokens).
 * Every function takes either the database or a transaction (a Kysely Transaction is a Kysely too).
 */
export type TUserRecord = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  locale: string;
  emailVerifiedAt: string | null;
  isDisabled: boolean;
  createdAt: string;
};

const userColumns = [
  'users.id',
  'users.email',
  'users.name',
  'users.password_hash as passwordHash',
  'users.locale',
  'users.email_verified_at as emailVerifiedAt',
  'users.is_disabled as isDisabled',
  'users.created_at as createdAt',
] as const;

function toUser(row: Omit<TUserRecord, 'isDisabled'> & { isDisabled: number }): TUserRecord {
  return { ...row, isDisabled: Number(row.isDisabled) === 1 };
}

async function findUserWhere(
  db: TDb,
  column: 'users.email' | 'users.id',
  value: string,
): Promise<TUserRecord | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where(column, '=', value).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export function findUserByEmail(db: TDb, email: string): Promise<TUserRecord | undefined> {
  return findUserWhere(db, 'users.email', email);
}

export function findUserById(db: TDb, id: string): Promise<TUserRecord | undefined> {
  return findUserWhere(db, 'users.id', id);
}

export async function insertUser(
  db: TDb,
  user: Omit<TUserRecord, 'isDisabled' | 'createdAt'> & { at: string },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      locale: user.locale,
      email_verified_at: user.emailVerifiedAt,
      created_at: user.at,
      updated_at: user.at,
    })
    .execute();
}

export async function updateUserProfile(
  db: TDb,
  id: string,
  profile: { name: string; locale: string; at: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ name: profile.name, locale: profile.locale, updated_at: profile.at })
    .where('id', '=', id)
    .execute();
}

export async function updateUserPassword(
  db: TDb,
  id: string,
  passwordHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Sets the verification time unless the address was verified already; true when it changed. */
export async function markEmailVerified(db: TDb, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ email_verified_at: at, updated_at: at })
    .where('id', '=', id)
    .where('email_verified_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/* Single-use links. The id is the SHA-256 of the secret in the link; the secret itself is never stored. */

export type TAuthTokenPurpose = 'verify_email' | 'reset_password';

export async function insertAuthToken(
  db: TDb,
  token: { id: string; userId: string; purpose: TAuthTokenPurpose; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('auth_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      purpose: token.purpose,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      used_at: null,
    })
    .execute();
}

/** The owner of a link that is unused and unexpired, or undefined. */
export async function findUsableAuthToken(db: TDb, id: string, purpose: TAuthTokenPurpose, nowIso: string) {
  return db
    .selectFrom('auth_tokens')
    .innerJoin('users', 'users.id', 'auth_tokens.user_id')
    .select([
      'auth_tokens.id as tokenId',
      'users.id as userId',
      'users.email',
      'users.is_disabled as isDisabled',
    ])
    .where('auth_tokens.id', '=', id)
    .where('auth_tokens.purpose', '=', purpose)
    .where('auth_tokens.used_at', 'is', null)
    .where('auth_tokens.expires_at', '>', nowIso)
    .executeTakeFirst();
}

/** Uses a link up; only one caller can win, so a link works exactly once. */
export async function consumeAuthToken(db: TDb, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('auth_tokens')
    .set({ used_at: nowIso })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Retires every open link of one purpose for a person (after a reset, or when a new link is sent). */
export async function retireAuthTokens(
  db: TDb,
  userId: string,
  purpose: TAuthTokenPurpose,
  nowIso: string,
): Promise<void> {
  await db
    .updateTable('auth_tokens')
    .set({ used_at: nowIso })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function deleteOtherSessions(
  db: TDb,
  userId: string,
  keepSessionId: string | null,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  await query.execute();
}

/* Platform roles */

/** Adds a role; false when the person had it already. */
export async function insertRole(
  db: TDb,
  grant: { userId: string; role: string; grantedBy: string | null; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('user_roles')
    .values({ user_id: grant.userId, role: grant.role, granted_by: grant.grantedBy, granted_at: grant.at })
    .onConflict((oc) => oc.columns(['user_id', 'role']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Removes a role; false when the person did not have it. */
export async function deleteRole(db: TDb, userId: string, role: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_roles')
    .where('user_id', '=', userId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * Locks the rows of a role's holders until the transaction ends (a no-op UPDATE takes row locks in
 * PostgreSQL; SQLite runs one write transaction at a time anyway), so two admins removing each other
 * at the same moment cannot both see "there is another admin left".
 */
export async function lockRoleHolders(db: TDb, role: string): Promise<void> {
  await db.updateTable('user_roles').set({ role: sql`role` }).where('role', '=', role).execute();
}

export async function countRoleHolders(db: TDb, role: string): Promise<number> {
  const row = await db
    .selectFrom('user_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listRolesOfUsers(db: TDb, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id as userId', 'role'])
    .where('user_id', 'in', [...userIds])
    .orderBy('role')
    .execute();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role]);
  return byUser;
}

/* The people list of the admin pages */

export type TPeopleFilter = { search?: string | undefined };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function peopleQuery(db: TDb, filter: TPeopleFilter) {
  let query = db.selectFrom('users');
  const search = filter.search?.trim();
  if (search) {
    // lower() folds ASCII in SQLite and every script in PostgreSQL; the as-typed pattern catches the rest.
    const typed = `%${escapeLike(search)}%`;
    const lowered = `%${escapeLike(search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        sql<SqlBool>`lower(${eb.ref('users.name')}) like ${lowered} escape '\\'`,
        sql<SqlBool>`${eb.ref('users.name')} like ${typed} escape '\\'`,
        sql<SqlBool>`${eb.ref('users.email')} like ${lowered} escape '\\'`,
      ]),
    );
  }
  return query;
}

export async function countPeople(db: TDb, filter: TPeopleFilter): Promise<number> {
  const row = await peopleQuery(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPeople(db: TDb, filter: TPeopleFilter, limit: number, offset: number) {
  const rows = await peopleQuery(db, filter)
    .select(userColumns)
    .orderBy('users.name')
    .orderBy('users.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toUser);
}

/** Names and addresses by id, for pages that mention people (the audit log's subjects). */
export async function listUserNames(
  db: TDb,
  ids: readonly string[],
): Promise<Map<string, { name: string; email: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
