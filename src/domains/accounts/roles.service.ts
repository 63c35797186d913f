import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import type { TLocale } from '../../i18n/locales.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { authorize } from './accounts.policy.ts';
import {
  countRoleHolders,
  deleteRole,
  findUserByEmail,
  findUserById,
  insertRole,
  insertUser,
  lockRoleHolders,
} from './accounts.repository.ts';
import { type TPlatformRole, ZEmail, ZPersonName } from './accounts.schemas.ts';
import type { TRequestMeta } from './auth-links.ts';
import { findPasswordProblem, generatePassword, hashPassword } from './passwords.ts';

/** Only admins change roles (403), of an account that exists (404). */
async function checkRoleChange(deps: TDeps, actor: TActor, userId: string): Promise<void> {
  authorize(actor, 'roles.grant');
  if (!(await findUserById(deps.db, userId))) throw new AppError('not_found');
}

/** Platform roles: granted and revoked by admins, each change audited with the role. */
export async function grantRole(
  deps: TDeps,
  actor: TActor,
  userId: string,
  role: TPlatformRole,
  meta: TRequestMeta,
): Promise<'granted' | 'unchanged'> {
  await checkRoleChange(deps, actor, userId);
  const isGranted = await auditedWrite(deps, actor, meta, async ({ trx, at, audit }) => {
    if (!(await insertRole(trx, { userId, role, grantedBy: actor.userId, at }))) return false;
    await audit('accounts.role_granted', { type: 'user', id: userId }, { role });
    return true;
  });
  return isGranted ? 'granted' : 'unchanged';
}

/** Refuses (409) to remove the last admin, so the hub always keeps someone who can manage it. */
export async function revokeRole(
  deps: TDeps,
  actor: TActor,
  userId: string,
  role: TPlatformRole,
  meta: TRequestMeta,
): Promise<'revoked' | 'unchanged'> {
  await checkRoleChange(deps, actor, userId);
  const isRevoked = await auditedWrite(deps, actor, meta, async ({ trx, audit }) => {
    if (role === 'admin') await lockRoleHolders(trx, 'admin');
    if (!(await deleteRole(trx, userId, role))) return false;
    if (role === 'admin' && (await countRoleHolders(trx, 'admin')) === 0) {
      // Throwing rolls the removal back.
      throw new AppError('conflict', { fieldErrors: { role: 'accounts.errors.lastAdmin' } });
    }
    await audit('accounts.role_revoked', { type: 'user', id: userId }, { role });
    return true;
  });
  return isRevoked ? 'revoked' : 'unchanged';
}

export type TAdminAccountRequest = {
  email: string;
  name?: string | undefined;
  password?: string | undefined;
  locale?: TLocale | undefined;
};

export type TAdminAccountResult = {
  userId: string;
  email: string;
  isCreated: boolean;
  isPromoted: boolean;
  /** Set only when the password was made here; show it once. */
  generatedPassword?: string;
};

/**
 * For `npm run admin:create`: makes a verified account with the admin role, or gives the role to
 * an existing account (whose password is left as it is). Audited with no actor: the operator acted.
 */
export async function createOrPromoteAdmin(
  deps: TDeps,
  request: TAdminAccountRequest,
): Promise<TAdminAccountResult> {
  const email = ZEmail.safeParse(request.email);
  if (!email.success) throw new AppError('validation_failed', { fieldErrors: { email: 'validation.email' } });
  const at = deps.clock.now().toISOString();
  const existing = await findUserByEmail(deps.db, email.data);
  if (existing) {
    const isPromoted = await auditedWrite(deps, { userId: null }, { at }, async ({ trx, audit }) => {
      if (!(await insertRole(trx, { userId: existing.id, role: 'admin', grantedBy: null, at }))) return false;
      await audit(
        'accounts.role_granted',
        { type: 'user', id: existing.id },
        { role: 'admin', via: 'command_line' },
      );
      return true;
    });
    return { userId: existing.id, email: existing.email, isCreated: false, isPromoted };
  }
  const name = ZPersonName.safeParse(request.name ?? email.data.split('@')[0]);
  if (!name.success) throw new AppError('validation_failed', { fieldErrors: { name: 'validation.invalid' } });
  const generatedPassword = request.password ? undefined : generatePassword();
  const password = request.password ?? generatedPassword ?? '';
  const problem = findPasswordProblem(password, email.data);
  if (problem) throw new AppError('validation_failed', { fieldErrors: { password: problem } });
  const passwordHash = await hashPassword(password, deps.config.argon2MemoryKib);
  const userId = newId(Date.parse(at));
  await auditedWrite(deps, { userId: null }, { at }, async ({ trx, audit }) => {
    await insertUser(trx, {
      id: userId,
      email: email.data,
      name: name.data,
      passwordHash,
      locale: request.locale ?? 'en',
      emailVerifiedAt: at,
      at,
    });
    await insertRole(trx, { userId, role: 'admin', grantedBy: null, at });
    const details = { via: 'command_line' };
    await audit('accounts.user_created', { type: 'user', id: userId }, details);
    await audit('accounts.role_granted', { type: 'user', id: userId }, { ...details, role: 'admin' });
  });
  return {
    userId,
    email: email.data,
    isCreated: true,
    isPromoted: true,
    ...(generatedPassword ? { generatedPassword } : {}),
  };
}
