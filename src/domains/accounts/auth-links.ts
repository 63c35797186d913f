import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { hashToken, newSecretToken } from '../../platform/ids.ts';
import { findUsableAuthToken, insertAuthToken, type TAuthTokenPurpose } from './accounts.repository.ts';

/** What services need to know about the request that asked for a change (audit, rate limits, session). */
export type { TRequestMeta } from '../../http/guards.ts';

/** The shape every link secret has (32 random bytes, base64url); anything else is refused unread. */
export function isWellFormedLinkToken(token: string | undefined | null): token is string {
  return typeof token === 'string' && /^[\w-]{43}$/.test(token);
}

/**
 * Makes a single-use link secret for a person and keeps its SHA-256 with the purpose and expiry.
 * Call inside the transaction that also enqueues the mail carrying it.
 */
export async function issueLinkToken(
  trx: TDb,
  deps: Pick<TDeps, 'clock'>,
  userId: string,
  purpose: TAuthTokenPurpose,
  lifetimeMinutes: number,
): Promise<string> {
  const token = newSecretToken();
  const now = deps.clock.now();
  await insertAuthToken(trx, {
    id: hashToken(token),
    userId,
    purpose,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMinutes * 60_000).toISOString(),
  });
  return token;
}

/**
 * The person a link secret belongs to, when it is well formed, unused and unexpired; undefined
 * otherwise. Reading a link changes nothing, so mail scanners that open it cannot use it up.
 */
export async function findUsableLink(
  deps: Pick<TDeps, 'db' | 'clock'>,
  token: string | undefined | null,
  purpose: TAuthTokenPurpose,
) {
  if (!isWellFormedLinkToken(token)) return undefined;
  return findUsableAuthToken(deps.db, hashToken(token), purpose, deps.clock.now().toISOString());
}
