import type { TDeps } from '../../deps.ts';
import { startInboundSmtp, type TInboundSmtp, type TReceiveVerdict } from '../../platform/inbound-smtp.ts';
import { isReplyAddress } from './reply-address.ts';
import { receiveReplyMail, type TInboundOutcome } from './reply-by-mail.service.ts';

/**
 * The listener for replies by e-mail, on SMTP_INBOUND_PORT (none when it is unset). It takes mail
 * only for reply addresses of this hub and answers each with what became of it (docs/adr/0056).
 */
export async function startReplyListener(
  deps: TDeps,
  options: { port?: number; host?: string } = {},
): Promise<TInboundSmtp | null> {
  const port = options.port ?? deps.config.inbound.port;
  if (port === undefined) return null;
  return startInboundSmtp({
    port,
    host: options.host ?? deps.config.inbound.host,
    maxBytes: deps.config.inbound.maxBytes,
    logger: deps.logger,
    isRecipient: (address) => isReplyAddress(deps, address),
    receive: async ({ envelopeFrom, recipients, mail }) => {
      const from = mail.from?.value[0]?.address ?? null;
      const autoSubmitted = String(mail.headers.get('auto-submitted') ?? 'no').toLowerCase();
      const outcome = await receiveReplyMail(deps, {
        recipients,
        envelopeFrom,
        fromAddress: from,
        messageId: mail.messageId ?? null,
        text: mail.text ?? '',
        attachmentCount: mail.attachments.filter((a) => !a.related).length,
        isAutomatic:
          (autoSubmitted !== 'no' && autoSubmitted !== '') ||
          mail.headers.has('x-autoreply') ||
          /^(bulk|junk|list|auto_reply)$/i.test(String(mail.headers.get('precedence') ?? '')),
      });
      deps.logger.info({ outcome: outcome.kind, messageId: mail.messageId }, 'reply by e-mail received');
      return verdictOf(outcome);
    },
  });
}

function verdictOf(outcome: TInboundOutcome): TReceiveVerdict {
  switch (outcome.kind) {
    case 'posted':
      return { accept: true, message: 'OK: reply posted' };
    case 'duplicate':
      return { accept: true, message: 'OK: already received' };
    case 'ignored':
      return { accept: true, message: 'OK: automatic mail, not posted' };
    case 'noticed':
      return { accept: true, message: 'OK: not posted; the sender is told why' };
    case 'refused':
      if (outcome.reason === 'not_a_reply_address')
        return { accept: false, code: 550, message: '5.1.1 No such reply address' };
      // Only the account it was made for learns that it expired (its signature checked first).
      if (outcome.reason === 'expired')
        return {
          accept: false,
          code: 550,
          message: '5.7.1 This reply address has expired; reply on the thread page, or to a newer mail',
        };
      // One answer for an unknown sender and a bad address: it must not tell who has an account.
      return { accept: false, code: 550, message: '5.7.1 This reply address is not valid for this sender' };
  }
}
