import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import type { TCurrentUser } from '../../http/app-env.ts';
import { AppError } from '../../platform/errors.ts';
import { composeVerificationMail, verifyEmailHours } from './accounts.mail.ts';
import {
  consumeAuthToken,
  findUserById,
  markEmailVerified,
  retireAuthTokens,
} from './accounts.repository.ts';
import { findUsableLink, issueLinkToken, type TRequestMeta } from './auth-links.ts';

/**
 * Confirming an e-mail address with the link we mail. Opening the link only reads it (mail scanners
 * open every link before the person does); the address is confirmed when the person presses the
 * button on that page, which posts the link's secret back.
 */

/** The address a confirmation link would confirm, while the link can still be used. */
export async function readVerificationLink(
  deps: TDeps,
  token: string | undefined,
): Promise<{ email: string } | undefined> {
  const link = await findUsableLink(deps, token, 'verify_email');
  return link && !link.isDisabled ? { email: link.email } : undefined;
}

/** Uses the link up and confirms the address; only one of two simultaneous submissions wins. */
export async function verifyEmail(
  deps: TDeps,
  token: string | undefined,
  meta: TRequestMeta,
): Promise<{ isVerified: true; userId: string } | { isVerified: false }> {
  const link = await findUsableLink(deps, token, 'verify_email');
  // A disabled account's link confirms nothing, as a password reset link resets nothing.
  if (!link || link.isDisabled) return { isVerified: false };
  const isDone = await auditedWrite(deps, { userId: link.userId }, meta, async ({ trx, at, audit }) => {
    if (!(await consumeAuthToken(trx, link.tokenId, at))) return false;
    await markEmailVerified(trx, link.userId, at);
    await audit('accounts.email_verified', { type: 'user', id: link.userId });
    return true;
  });
  return isDone ? { isVerified: true, userId: link.userId } : { isVerified: false };
}

/** Sends a fresh verification link (older ones stop working). Rate limited per person. */
export async function resendVerification(
  deps: TDeps,
  user: TCurrentUser,
  meta: TRequestMeta,
): Promise<'sent' | 'already_verified'> {
  await deps.rateLimits.passwordReset.hit(`verify-email:${user.id}`);
  const record = await findUserById(deps.db, user.id);
  if (!record) throw new AppError('unauthenticated');
  if (record.emailVerifiedAt) return 'already_verified';
  await auditedWrite(deps, { userId: record.id }, meta, async ({ trx, at, audit }) => {
    await retireAuthTokens(trx, record.id, 'verify_email', at);
    const token = await issueLinkToken(trx, deps, record.id, 'verify_email', verifyEmailHours * 60);
    await deps.mailer.enqueue(trx, composeVerificationMail(deps.config.publicUrl, record, token));
    await audit('accounts.verification_sent', { type: 'user', id: record.id });
  });
  deps.mailer.kick();
  return 'sent';
}
