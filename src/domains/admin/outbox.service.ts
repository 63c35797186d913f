import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { authorizeAccounts as authorize } from '../accounts/index.ts';
import { findOutboxMessage } from './outbox.repository.ts';

/**
 * Reading one message of the mail outbox (docs/adr/0018). A message that carries a one-time link
 * for its recipient (a password reset, an invitation …) shows its body only while mail is kept
 * here and never delivered (no SMTP_URL, status "kept"); each such reading is audited, since it
 * exposes the secret. When the mail goes, or went, to the recipient, the body is withheld.
 */
export type TOutboxBody =
  | { state: 'shown'; text: string }
  | { state: 'shownLocally'; text: string }
  | { state: 'withheld' };

export function isSecretShown(isSmtp: boolean, status: string): boolean {
  return !isSmtp && status === 'kept';
}

export type TOutboxMessageView = Omit<
  NonNullable<Awaited<ReturnType<typeof findOutboxMessage>>>,
  'textBody' | 'carriesSecret'
> & { body: TOutboxBody };

export async function readOutboxMessage(
  deps: TDeps,
  actor: TActor,
  id: string,
  meta: { requestId: string | null },
): Promise<TOutboxMessageView> {
  authorize(actor, 'outbox.read');
  const row = await findOutboxMessage(deps.db, id);
  if (!row) throw new AppError('not_found');
  const { textBody, carriesSecret, ...message } = row;
  if (!carriesSecret) return { ...message, body: { state: 'shown', text: textBody } };
  if (!isSecretShown(deps.mailer.isSmtp, row.status)) return { ...message, body: { state: 'withheld' } };
  await audit(
    deps.db,
    { actorId: actor.userId, requestId: meta.requestId, at: deps.clock.now().toISOString() },
    'admin.outbox_secret_read',
    { type: 'outbox_message', id: row.id },
    { to: row.to, subject: row.subject },
  );
  return { ...message, body: { state: 'shownLocally', text: textBody } };
}
