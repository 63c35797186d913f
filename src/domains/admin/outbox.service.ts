import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../accounts/accounts.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
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
  await recordAudit(deps.db, {
    actorId: actor.userId,
    action: 'admin.outbox_secret_read',
    subjectType: 'outbox_message',
    subjectId: row.id,
    details: { to: row.to, subject: row.subject },
    requestId: meta.requestId,
    at: deps.clock.now().toISOString(),
  });
  return { ...message, body: { state: 'shownLocally', text: textBody } };
}
