import { audit, type TAuditBy } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import type { TLocale } from '../../i18n/locales.ts';
import type { TDb } from '../../platform/db/database.ts';
import { newId, newSecretToken } from '../../platform/ids.ts';
import { linkTo } from './accounts.mail.ts';
import { findUserByEmail, findUserById, insertUser } from './accounts.repository.ts';
import { issueLinkToken } from './auth-links.ts';
import { hashPassword } from './passwords.ts';

/** The account another domain hands something to, and the link its mail gives the person. */
export type TAccountForPerson = {
  id: string;
  email: string;
  name: string;
  locale: string;
  /** The sign-in page for an existing account; for a new one, a link to choose a password (seven days). */
  link: string;
  isNew: boolean;
};

/** Who is asked for, inside the caller's transaction, and what the audit entry of a new account says. */
export type TAccountRequest = {
  /** The known person, when the request names one (a signed-in applicant); else found by address. */
  userId: string | null;
  email: string;
  name: string;
  locale: TLocale;
  by: TAuditBy;
  /** The audit action and details recorded when the account is made (e.g. the application's reference). */
  auditAction: string;
  details: Record<string, unknown>;
};

/**
 * The one way another domain gets an account for a person (the owner of an accepted member
 * organisation): call it before the transaction, since argon2 takes a moment to hash the password
 * nobody knows of a new account; the function it returns finds the person's account, or makes one with
 * an audit entry and a link to choose a password, inside the caller's transaction.
 */
export async function prepareAccountFor(
  deps: Pick<TDeps, 'config' | 'clock'>,
): Promise<(trx: TDb, request: TAccountRequest) => Promise<TAccountForPerson>> {
  const placeholderHash = await hashPassword(newSecretToken(), deps.config.argon2MemoryKib);
  return async (trx, request) => {
    const existing = request.userId
      ? await findUserById(trx, request.userId)
      : await findUserByEmail(trx, request.email);
    if (existing) {
      return {
        id: existing.id,
        email: existing.email,
        name: existing.name,
        locale: existing.locale,
        link: `${deps.config.publicUrl}/${existing.locale}/sign-in`,
        isNew: false,
      };
    }
    const id = newId(Date.parse(request.by.at));
    await insertUser(trx, {
      id,
      email: request.email,
      name: request.name || request.email,
      passwordHash: placeholderHash,
      locale: request.locale,
      emailVerifiedAt: null,
      at: request.by.at,
    });
    const token = await issueLinkToken(trx, deps, id, 'reset_password', 7 * 24 * 60);
    await audit(trx, request.by, request.auditAction, { type: 'user', id }, request.details);
    return {
      id,
      email: request.email,
      name: request.name,
      locale: request.locale,
      link: linkTo(deps.config.publicUrl, request.locale, '/reset-password', token),
      isNew: true,
    };
  };
}
