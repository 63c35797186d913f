import type { TDb } from '../../platform/db/database.ts';

export async function findActiveSession(db: TDb, id: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.locale',
      'users.email_verified_at as emailVerifiedAt',
      'users.is_disabled as isDisabled',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function listRoles(db: TDb, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

export async function insertSession(
  db: TDb,
  session: { id: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

export async function touchSession(db: TDb, id: string, nowIso: string, expiresAt: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: nowIso, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: TDb, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: TDb, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
