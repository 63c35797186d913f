import { createHash } from 'node:crypto';
import { makeActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { AppError } from '../../platform/errors.ts';
import type { TThread } from './communities.record.ts';
import {
  findCommunityById,
  findMailSender,
  findThread,
  insertInboundMail,
  isInboundMailKnown,
  type TMailSender,
} from './communities.repository.ts';
import { isReplyAddress, verifyReplyAddress } from './reply-address.ts';
import { stripQuotedText } from './reply-text.ts';
import { replyToThread } from './threads.service.ts';

/**
 * A mail sent to a reply address becomes a reply in its thread, through the same service (and the
 * same policies) as the web form: only from the member the address was made for, from their account's
 * own address; quoted text and signatures stripped; once per Message-ID. A member whose reply could
 * not be posted gets a mail in their language saying why, with their text (docs/adr/0056).
 */

export type TInboundReply = {
  /** The envelope's recipients (RCPT TO). */
  recipients: readonly string[];
  /** The envelope's sender (MAIL FROM); empty for bounces. */
  envelopeFrom: string;
  /** The address in the From header. */
  fromAddress: string | null;
  messageId: string | null;
  /** The plain text (made from the HTML part by the parser when the mail had only HTML). */
  text: string;
  attachmentCount: number;
  /** Auto-Submitted, an out-of-office or a list's bounce: never posted, never answered. */
  isAutomatic: boolean;
};

export type TInboundRefusal = 'not_a_reply_address' | 'unknown_sender' | 'bad_address' | 'expired';
export type TNoticeReason = 'locked' | 'notAllowed' | 'newAccountLimit' | 'tooLong' | 'empty';

export type TInboundOutcome =
  | { kind: 'posted'; postId: string; threadId: string; attachmentsIgnored: number }
  | { kind: 'duplicate' }
  | { kind: 'ignored' }
  | { kind: 'noticed'; reason: TNoticeReason }
  | { kind: 'refused'; reason: TInboundRefusal };

/** The key a mail is known by: its Message-ID, or (without one) a hash of who sent what. */
function messageKeyOf(mail: TInboundReply): string {
  const id = mail.messageId?.trim().replace(/^<|>$/g, '').toLowerCase();
  if (id) return `mid:${id}`.slice(0, 500);
  const hash = createHash('sha256').update(`${mail.fromAddress}\0${mail.recipients.join(',')}\0${mail.text}`);
  return `sha:${hash.digest('hex')}`;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export async function receiveReplyMail(deps: TDeps, mail: TInboundReply): Promise<TInboundOutcome> {
  const address = mail.recipients.find((r) => isReplyAddress(deps, r));
  if (!address) return { kind: 'refused', reason: 'not_a_reply_address' };
  if (mail.isAutomatic || mail.envelopeFrom === '') return { kind: 'ignored' };
  const sender = mail.fromAddress ? await findMailSender(deps.db, mail.fromAddress) : null;
  if (!sender || !sameAddress(sender.email, mail.envelopeFrom))
    return { kind: 'refused', reason: 'unknown_sender' };
  const check = verifyReplyAddress(deps, address, sender.id);
  // An address signed for this very sender that has only run out may say so: it tells them nothing new.
  if (!check.ok) return { kind: 'refused', reason: check.reason === 'expired' ? 'expired' : 'bad_address' };
  const messageKey = messageKeyOf(mail);
  if (await isInboundMailKnown(deps.db, messageKey)) return { kind: 'duplicate' };

  const thread = await findThread(deps.db, check.threadId);
  const community = thread ? await findCommunityById(deps.db, thread.communityId) : null;
  if (!thread || !community) return notice(deps, sender, null, null, 'notAllowed', mail, messageKey);
  const body = stripQuotedText(mail.text);
  if (body === '') return notice(deps, sender, thread, community.slug, 'empty', mail, messageKey);
  try {
    const post = await replyToThread(
      deps,
      makeActor(sender.id, sender.roles),
      community.slug,
      thread.id,
      { body },
      {
        hint: sender.locale,
        via: 'mail',
        alongside: (trx, postId, at) => insertInboundMail(trx, { messageKey, postId, userId: sender.id, at }),
      },
    );
    if (mail.attachmentCount > 0) {
      await deps.mailer.enqueue(deps.db, {
        ...composeNotice(deps, sender, thread, community.slug, { attachments: mail.attachmentCount }),
        dedupeKey: `reply-mail:${messageKey}`,
      });
    }
    return { kind: 'posted', postId: post.id, threadId: thread.id, attachmentsIgnored: mail.attachmentCount };
  } catch (error) {
    // The same mail delivered twice at once: the second insert of its key failed with the post.
    if (!(error instanceof AppError) && (await isInboundMailKnown(deps.db, messageKey)))
      return { kind: 'duplicate' };
    if (!(error instanceof AppError)) throw error;
    const field = error.fieldErrors.body;
    const reason: TNoticeReason =
      field === 'communities.errors.newAccountLimit'
        ? 'newAccountLimit'
        : field === 'communities.errors.postTooLong'
          ? 'tooLong'
          : thread.status === 'locked'
            ? 'locked'
            : 'notAllowed';
    return notice(deps, sender, thread, community.slug, reason, mail, messageKey);
  }
}

async function notice(
  deps: TDeps,
  sender: TMailSender,
  thread: TThread | null,
  slug: string | null,
  reason: TNoticeReason,
  mail: TInboundReply,
  messageKey: string,
): Promise<TInboundOutcome> {
  await deps.mailer.enqueue(deps.db, {
    ...composeNotice(deps, sender, thread, slug, { reason, text: stripQuotedText(mail.text) || mail.text }),
    dedupeKey: `reply-mail:${messageKey}`,
  });
  return { kind: 'noticed', reason };
}

function composeNotice(
  deps: TDeps,
  sender: TMailSender,
  thread: TThread | null,
  slug: string | null,
  what: { reason: TNoticeReason; text: string } | { attachments: number },
) {
  const locale: TLocale = isLocale(sender.locale) ? sender.locale : 'en';
  const { t } = translator(locale);
  const facts = { name: sender.name || sender.email, thread: thread?.title ?? '' };
  const link =
    thread && slug
      ? `${deps.config.publicUrl}/${locale}/communities/${encodeURIComponent(slug)}/threads/${thread.id}`
      : null;
  const parts =
    'reason' in what
      ? [
          t('communities.replyMail.refused.body', facts),
          t(`communities.replyMail.reason.${what.reason}`),
          link ? t('communities.replyMail.threadLink', { link }) : '',
          what.text.trim()
            ? `${t('communities.replyMail.yourText')}\n\n${what.text.trim().slice(0, 25_000)}`
            : '',
        ]
      : [
          t('communities.replyMail.attachmentsIgnored.body', { ...facts, count: what.attachments }),
          link ? t('communities.replyMail.threadLink', { link }) : '',
        ];
  return {
    to: sender.email,
    subject: t(
      'reason' in what
        ? 'communities.replyMail.refused.subject'
        : 'communities.replyMail.attachmentsIgnored.subject',
      facts,
    ),
    text: [...parts, t('communities.replyMail.signature')].filter((p) => p !== '').join('\n\n'),
  };
}
