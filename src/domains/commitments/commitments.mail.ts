import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import type { TMailMessage } from '../../platform/mail.ts';

/**
 * The commitments domain's e-mails, in the recipient's language (commitments.json, "mail.*").
 * Every one carries a dedupe key, so a retried job or a repeated request never sends it twice.
 */
export type TRecipient = { email: string; name: string; locale: string };

function localeOf(tag: string): TLocale {
  return isLocale(tag) ? tag : 'en';
}

function compose(
  kind: string,
  to: TRecipient,
  values: Record<string, string | number>,
  dedupeKey: string,
  extra = '',
): TMailMessage {
  const { t } = translator(localeOf(to.locale));
  const facts = { name: to.name || to.email, ...values };
  const text = [t(`commitments.mail.${kind}.body`, facts), extra, t('commitments.mail.signature')]
    .filter((part) => part !== '')
    .join('\n\n');
  return { to: to.email, subject: t(`commitments.mail.${kind}.subject`, facts), text, dedupeKey };
}

export function composeInvitationMail(
  to: TRecipient,
  values: { organization: string; lead: string; title: string; link: string },
  dedupeKey: string,
): TMailMessage {
  return compose('invitation', to, values, dedupeKey);
}

export function composeReviewMail(
  kind: 'published' | 'returned',
  to: TRecipient,
  values: { title: string; link: string; comment?: string },
  dedupeKey: string,
): TMailMessage {
  const { t } = translator(localeOf(to.locale));
  const comment = values.comment
    ? `${t('commitments.mail.commentFromSecretariat')}\n\n${values.comment}`
    : '';
  return compose(kind, to, { title: values.title, link: values.link }, dedupeKey, comment);
}

/** One reminder per person: every commitment they answer for that has not reported in the round. */
export function composeReminderMail(
  stage: 'before' | 'after',
  to: TRecipient,
  values: { round: string; deadline: string; commitments: { title: string; link: string }[] },
  dedupeKey: string,
): TMailMessage {
  const locale = localeOf(to.locale);
  const { formatDate } = translator(locale);
  const list = values.commitments.map((c) => `• ${c.title}\n  ${c.link}`).join('\n');
  return compose(
    `reminder.${stage}`,
    to,
    {
      round: values.round,
      deadline: formatDate(`${values.deadline}T12:00:00Z`, 'long'),
      count: values.commitments.length,
    },
    dedupeKey,
    list,
  );
}

/** To a reviewer: a commitment waits for the secretariat's review. */
export function composeSubmittedMail(
  to: TRecipient,
  values: { title: string; organization: string; link: string },
  dedupeKey: string,
): TMailMessage {
  return compose('submitted', to, values, dedupeKey);
}
