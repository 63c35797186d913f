import { audit } from '../../core/audit.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import type { TCurrentUser } from '../../http/app-env.ts';
import type { TLocale } from '../../i18n/locales.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { eraseCommunityMailOf, handOverFacilitationsOf } from '../communities/index.ts';
import { eraseRegistrationsOf } from '../events/index.ts';
import { deleteMailTo, deleteUser, findSoleOwnedOrganizations } from './account-deletion.repository.ts';
import { findOrganizationsOfPerson } from './account-organizations.repository.ts';
import {
  composeAccountDeletedMail,
  composeSignUpAttemptMail,
  composeVerificationMail,
  verifyEmailHours,
} from './accounts.mail.ts';
import {
  countRoleHolders,
  deleteOtherSessions,
  findUserByEmail,
  findUserById,
  insertUser,
  lockRoleHolders,
  retireAuthTokens,
  updateUserPassword,
  updateUserProfile,
} from './accounts.repository.ts';
import type { TChangePassword, TDeleteAccount, TProfile, TSignIn, TSignUp } from './accounts.schemas.ts';
import { issueLinkToken, type TRequestMeta } from './auth-links.ts';
import {
  findPasswordProblem,
  hashPassword,
  needsRehash,
  verifyDummyPassword,
  verifyPassword,
} from './passwords.ts';
import { readPersonalData } from './personal-data.repository.ts';
import { deleteSession } from './sessions.repository.ts';
import { startSession } from './sessions.service.ts';

/**
 * The accounts verbs: sign up, sign in and out, change one's own profile and
 * password. Each one validates what the schema cannot, changes data in one transaction with its
 * audit entry (and its mail, through the outbox), and returns what the page needs.
 */

function fieldError(
  field: string,
  key: string,
  code: 'validation_failed' | 'conflict' = 'validation_failed',
) {
  return new AppError(code, { fieldErrors: { [field]: key } });
}

/**
 * Signing up answers the same whether or not the address already has an account, so the form tells
 * nobody who is registered: a new address gets an account (not yet confirmed, not signed in) and the
 * confirmation mail; a known one gets no new account, and its owner a mail saying someone tried to
 * sign up with it, with the ways in (sign in, reset the password). Both paths hash the password, so
 * they take the same time.
 */
export async function signUp(
  deps: TDeps,
  input: TSignUp,
  locale: TLocale,
  meta: TRequestMeta,
): Promise<void> {
  // Mail to one address is limited, whoever asks from wherever (the same answer for known and new).
  await deps.rateLimits.passwordReset.hit(`sign-up:${input.email}`);
  const passwordHash = await hashPassword(input.password, deps.config.argon2MemoryKib);
  const existing = await findUserByEmail(deps.db, input.email);
  if (existing) {
    await tellOwnerOfSignUpAttempt(deps, existing, meta);
    return;
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  const userId = newId(now.getTime());
  try {
    await auditedWrite(deps, { userId }, { requestId: meta.requestId, at }, async ({ trx, audit }) => {
      await insertUser(trx, {
        id: userId,
        email: input.email,
        name: input.name,
        passwordHash,
        locale,
        emailVerifiedAt: null,
        at,
      });
      const token = await issueLinkToken(trx, deps, userId, 'verify_email', verifyEmailHours * 60);
      const recipient = { email: input.email, name: input.name, locale };
      await deps.mailer.enqueue(trx, composeVerificationMail(deps.config.publicUrl, recipient, token));
      await audit('accounts.signed_up', { type: 'user', id: userId }, { locale });
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the second meets the unique index, and is
    // answered like any sign-up with a known address.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findUserByEmail(deps.db, input.email);
    if (winner) await tellOwnerOfSignUpAttempt(deps, winner, meta);
    return;
  }
  deps.mailer.kick();
}

async function tellOwnerOfSignUpAttempt(
  deps: TDeps,
  owner: { id: string; email: string; name: string; locale: string; isDisabled: boolean },
  meta: TRequestMeta,
): Promise<void> {
  // A disabled account is told nothing (its owner cannot sign in anyway); the answer stays the same.
  if (owner.isDisabled) return;
  await auditedWrite(deps, { userId: null }, meta, async ({ trx, audit }) => {
    await deps.mailer.enqueue(trx, composeSignUpAttemptMail(deps.config.publicUrl, owner));
    await audit('accounts.sign_up_attempted', { type: 'user', id: owner.id });
  });
  deps.mailer.kick();
}

/**
 * Checks an e-mail and password and starts a new session (a session the browser had before is
 * ended, so a planted cookie cannot be carried into the account). The answer to a wrong address and
 * a wrong password is the same, in the same time.
 */
export async function signIn(
  deps: TDeps,
  input: TSignIn,
  meta: TRequestMeta,
): Promise<{ sessionToken: string; userId: string }> {
  const limitKey = `${meta.clientIp}|${input.email}`;
  await deps.rateLimits.signIn.hit(limitKey);
  // However many addresses try it, one account gets a bounded number of guesses.
  await deps.rateLimits.signInAccount.hit(input.email);
  const memoryCost = deps.config.argon2MemoryKib;
  const user = await findUserByEmail(deps.db, input.email);
  if (!user) {
    await verifyDummyPassword(input.password, memoryCost);
    throw fieldError('_form', 'accounts.errors.wrongCredentials');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw fieldError('_form', 'accounts.errors.wrongCredentials');
  }
  if (user.isDisabled) throw fieldError('_form', 'accounts.errors.accountDisabled');
  const rehashed = needsRehash(user.passwordHash, memoryCost)
    ? await hashPassword(input.password, memoryCost)
    : null;
  const sessionToken = await auditedWrite(deps, { userId: user.id }, meta, async ({ trx, at, audit }) => {
    if (rehashed) await updateUserPassword(trx, user.id, rehashed, at);
    if (meta.sessionId) await deleteSession(trx, meta.sessionId);
    await audit('accounts.signed_in', { type: 'user', id: user.id });
    return startSession({ ...deps, db: trx }, user.id);
  });
  await deps.rateLimits.signIn.reset(limitKey);
  await deps.rateLimits.signInAccount.reset(input.email);
  return { sessionToken, userId: user.id };
}

/** Ends the browser's session; nothing to do for a visitor who was not signed in. */
export async function signOut(deps: TDeps, user: TCurrentUser | null, meta: TRequestMeta): Promise<void> {
  const { sessionId } = meta;
  if (!user || !sessionId) return;
  await auditedWrite(deps, { userId: user.id }, meta, async ({ trx, audit }) => {
    await deleteSession(trx, sessionId);
    await audit('accounts.signed_out', { type: 'user', id: user.id });
  });
}

export async function updateProfile(
  deps: TDeps,
  user: TCurrentUser,
  input: TProfile,
  meta: TRequestMeta,
): Promise<void> {
  const changed = [
    ...(input.name !== user.name ? ['name'] : []),
    ...(input.locale !== user.locale ? ['locale'] : []),
  ];
  if (changed.length === 0) return;
  await auditedWrite(deps, { userId: user.id }, meta, async ({ trx, at, audit }) => {
    await updateUserProfile(trx, user.id, { name: input.name, locale: input.locale, at });
    await audit(
      'accounts.profile_updated',
      { type: 'user', id: user.id },
      { fields: changed, ...(changed.includes('locale') ? { locale: input.locale } : {}) },
    );
  });
}

/**
 * The signed-in person's record once the password they typed to confirm a change (in the form's
 * `field`) is theirs; guesses are limited per person and kind of change (`limit`).
 */
async function confirmedByPassword(
  deps: TDeps,
  user: TCurrentUser,
  limit: 'change-password' | 'delete-account',
  typed: { field: string; password: string },
) {
  await deps.rateLimits.signIn.hit(`${limit}:${user.id}`);
  const record = await findUserById(deps.db, user.id);
  if (!record) throw new AppError('unauthenticated');
  if (!(await verifyPassword(record.passwordHash, typed.password))) {
    throw fieldError(typed.field, 'accounts.errors.currentPasswordWrong');
  }
  return record;
}

/** Needs the current password; ends the person's other sessions and open reset links. */
export async function changePassword(
  deps: TDeps,
  user: TCurrentUser,
  input: TChangePassword,
  meta: TRequestMeta,
): Promise<void> {
  const record = await confirmedByPassword(deps, user, 'change-password', {
    field: 'currentPassword',
    password: input.currentPassword,
  });
  const problem = findPasswordProblem(input.newPassword, record.email);
  if (problem) throw fieldError('newPassword', problem);
  const passwordHash = await hashPassword(input.newPassword, deps.config.argon2MemoryKib);
  await auditedWrite(deps, { userId: record.id }, meta, async ({ trx, at, audit }) => {
    await updateUserPassword(trx, record.id, passwordHash, at);
    await deleteOtherSessions(trx, record.id, meta.sessionId);
    await retireAuthTokens(trx, record.id, 'reset_password', at);
    await audit('accounts.password_changed', { type: 'user', id: record.id });
  });
}

/** The signed-in person's own record for the account page. */
export async function readOwnAccount(deps: TDeps, user: TCurrentUser) {
  const record = await findUserById(deps.db, user.id);
  if (!record) throw new AppError('unauthenticated');
  return {
    name: record.name,
    email: record.email,
    locale: record.locale,
    emailVerifiedAt: record.emailVerifiedAt,
    createdAt: record.createdAt,
    roles: user.roles,
    soleOwnerOf: await findSoleOwnedOrganizations(deps.db, user.id),
    organizations: await findOrganizationsOfPerson(deps.db, user.id),
  };
}

/**
 * "Delete my account", confirmed with the password. What is the person's own goes: the account,
 * sessions, roles, memberships, link tokens, mail kept for the address, and their event
 * registrations (seats at events still to come are freed for the waiting list; past ones keep no
 * name or address). What they made for organisations stays, without them: practices, events, news,
 * commitments, reports and files keep their content and show "a former member". The sole owner of
 * an organisation, and the hub's last administrator, must hand over first. The audit entry names
 * the account by its id only; a last mail tells the address it is done.
 */
export async function deleteAccount(
  deps: TDeps,
  user: TCurrentUser,
  input: TDeleteAccount,
  meta: TRequestMeta,
): Promise<void> {
  const record = await confirmedByPassword(deps, user, 'delete-account', {
    field: 'password',
    password: input.password,
  });
  const handOver = () => new AppError('conflict', { fieldErrors: { _form: 'accounts.errors.soleOwner' } });
  const lastAdmin = () => new AppError('conflict', { fieldErrors: { _form: 'accounts.errors.lastAdmin' } });
  if ((await findSoleOwnedOrganizations(deps.db, record.id)).length > 0) throw handOver();
  const isAdmin = user.roles.includes('admin');
  if (isAdmin && (await countRoleHolders(deps.db, 'admin')) <= 1) throw lastAdmin();

  const registrations = await eraseRegistrationsOf(
    deps,
    { userId: record.id, email: record.email },
    { requestId: meta.requestId },
  );
  await auditedWrite(deps, { userId: record.id }, meta, async ({ trx, at, audit }) => {
    // Checked again under the locks, so two people leaving at once cannot leave nobody in charge.
    if (isAdmin) {
      await lockRoleHolders(trx, 'admin');
      if ((await countRoleHolders(trx, 'admin')) <= 1) throw lastAdmin();
    }
    if ((await findSoleOwnedOrganizations(trx, record.id)).length > 0) throw handOver();
    await deleteMailTo(trx, record.email);
    // Held by account id without a foreign key (which replies by mail were received): removed here.
    await eraseCommunityMailOf(trx, record.id);
    // A community they alone facilitated passes to the secretariat (said on its page), not to nobody.
    await handOverFacilitationsOf(trx, { userId: record.id, at, requestId: meta.requestId });
    if (!(await deleteUser(trx, record.id))) throw new AppError('unauthenticated');
    await deps.mailer.enqueue(trx, composeAccountDeletedMail(record));
    await audit('accounts.deleted', { type: 'user', id: record.id }, { registrations });
  });
  deps.mailer.kick();
}

/**
 * "Download my data": everything the hub holds about the signed-in person, as one JSON document.
 * The export itself is audited (who took a copy, and when).
 */
export async function exportPersonalData(deps: TDeps, user: TCurrentUser, meta: TRequestMeta) {
  const at = deps.clock.now().toISOString();
  const data = await readPersonalData(deps.db, { id: user.id, email: user.email });
  if (!data.account) throw new AppError('unauthenticated');
  await audit(deps.db, { actorId: user.id, requestId: meta.requestId, at }, 'accounts.data_exported', {
    type: 'user',
    id: user.id,
  });
  return { exportedAt: at, ...data };
}
