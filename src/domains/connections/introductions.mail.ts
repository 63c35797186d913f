import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import type { TMailMessage } from '../../platform/mail.ts';

/**
 * Mail about introductions, in each recipient's language. It names organisations and links to the
 * hub; it never carries an e-mail address, a phone number or a message of the conversation: people
 * read and reply in the hub, where only the two parties can.
 */
export type TIntroductionMailKind = 'requested' | 'accepted' | 'declined' | 'message' | 'closed' | 'left';

export function composeIntroductionMail(
  kind: TIntroductionMailKind,
  to: { email: string; name: string; locale: string },
  facts: { organization: string; subject: string; link: string; dedupeKey: string; other?: string },
): TMailMessage {
  const locale: TLocale = isLocale(to.locale) ? to.locale : 'en';
  const { t } = translator(locale);
  const values = {
    name: to.name || to.email,
    organization: facts.organization,
    subject: facts.subject,
    other: facts.other ?? '',
  };
  return {
    to: to.email,
    subject: t(`connections.mail.${kind}.subject`, values),
    text: [t(`connections.mail.${kind}.body`, values), facts.link, t('connections.mail.signature')].join(
      '\n\n',
    ),
    dedupeKey: facts.dedupeKey,
  };
}
