import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { composePasswordResetMail, resetPasswordMinutes } from './accounts.mail.ts';
import {
  consumeAuthToken,
  findUserByEmail,
  markEmailVerified,
  retireAuthTokens,
  updateUserPassword,
} from './accounts.repository.ts';
import type { TForgotPassword, TResetPassword } from './accounts.schemas.ts';
import { findUsableLink, issueLinkToken, type TRequestMeta } from './auth-links.ts';
import { findPasswordProblem, hashPassword } from './passwords.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { startSession } from './sessions.service.ts';

/**
 * "I forgot my password": a link by e-mail, valid one hour, used once. The visitor gets the same
 * answer whether or not the address has an account, so the form tells nobody who is registered.
 */
export async function requestPasswordReset(
  deps: TDeps,
  input: TForgotPassword,
  meta: TRequestMeta,
): Promise<void> {
  await deps.rateLimits.passwordReset.hit(`${meta.clientIp}|${input.email}`);
  // Mail to one address is limited too, whoever asks from wherever.
  await deps.rateLimits.passwordReset.hit(`account:${input.email}`);
  const user = await findUserByEmail(deps.db, input.email);
  if (!user || user.isDisabled) return;
  await auditedWrite(deps, { userId: null }, meta, async ({ trx, audit }) => {
    const token = await issueLinkToken(trx, deps, user.id, 'reset_password', resetPasswordMinutes);
    await deps.mailer.enqueue(trx, composePasswordResetMail(deps.config.publicUrl, user, token));
    await audit('accounts.password_reset_requested', { type: 'user', id: user.id });
  });
  deps.mailer.kick();
}

/** Whether a reset link can still be used (to show the form or explain that it expired). */
export async function isResetLinkUsable(deps: TDeps, token: string | undefined): Promise<boolean> {
  const link = await findUsableLink(deps, token, 'reset_password');
  return link !== undefined && !link.isDisabled;
}

/**
 * Sets the new password, uses the link up, ends every session of the person (a thief signed in
 * elsewhere is signed out) and signs them in here. Receiving the link also proves the address.
 */
export async function resetPassword(
  deps: TDeps,
  input: TResetPassword,
  meta: TRequestMeta,
): Promise<{ isReset: true; sessionToken: string } | { isReset: false }> {
  const link = await findUsableLink(deps, input.token, 'reset_password');
  if (!link || link.isDisabled) return { isReset: false };
  const problem = findPasswordProblem(input.password, link.email);
  if (problem) throw new AppError('validation_failed', { fieldErrors: { password: problem } });
  const passwordHash = await hashPassword(input.password, deps.config.argon2MemoryKib);
  const sessionToken = await auditedWrite(deps, { userId: link.userId }, meta, async ({ trx, at, audit }) => {
    if (!(await consumeAuthToken(trx, link.tokenId, at))) return null;
    await updateUserPassword(trx, link.userId, passwordHash, at);
    await markEmailVerified(trx, link.userId, at);
    await retireAuthTokens(trx, link.userId, 'reset_password', at);
    await deleteSessionsOfUser(trx, link.userId);
    await audit('accounts.password_reset', { type: 'user', id: link.userId });
    return startSession({ ...deps, db: trx }, link.userId);
  });
  return sessionToken ? { isReset: true, sessionToken } : { isReset: false };
}
