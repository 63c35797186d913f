import type { TDeps } from '../../deps.ts';
import type { TCurrentUser } from '../../http/app-env.ts';
import { addDays } from '../../platform/clock.ts';
import { hashToken, newSecretToken } from '../../platform/ids.ts';
import {
  deleteSession,
  findActiveSession,
  insertSession,
  listRoles,
  touchSession,
} from './sessions.repository.ts';

const touchEveryMs = 60 * 60_000;

/** Starts a session: the browser gets a random token, the database keeps only its hash. */
export async function startSession(deps: TDeps, userId: string): Promise<string> {
  const token = newSecretToken();
  const now = deps.clock.now();
  await insertSession(deps.db, {
    id: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: addDays(now, deps.config.sessionDays).toISOString(),
  });
  return token;
}

export async function resolveSession(
  deps: TDeps,
  token: string,
): Promise<{ sessionId: string; user: TCurrentUser } | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const now = deps.clock.now();
  const id = hashToken(token);
  const row = await findActiveSession(deps.db, id, now.toISOString());
  if (!row || row.isDisabled) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > touchEveryMs) {
    await touchSession(deps.db, id, now.toISOString(), addDays(now, deps.config.sessionDays).toISOString());
  }
  const roles = await listRoles(deps.db, row.userId);
  return {
    sessionId: id,
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      locale: row.locale,
      isEmailVerified: row.emailVerifiedAt !== null,
      roles,
    },
  };
}

export async function endSession(deps: TDeps, sessionId: string): Promise<void> {
  await deleteSession(deps.db, sessionId);
}
