import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import type { TMailMessage } from '../../platform/mail.ts';

/**
 * The membership domain's e-mails, written in the recipient's language from membership.json.
 * Applicants get one at every step; reviewers hear of new, returned and replied applications.
 */
export type TApplicantMailKind =
  | 'submitted'
  | 'reviewStarted'
  | 'informationRequested'
  | 'resubmitted'
  | 'accepted'
  | 'declined'
  | 'withdrawn';

/** The secretariat's mails: a new, returned, replied or withdrawn application. */
export type TReviewerMailKind =
  | 'newApplication'
  | 'returnedApplication'
  | 'repliedApplication'
  | 'withdrawnApplication';

function localeOf(tag: string): TLocale {
  return isLocale(tag) ? tag : 'en';
}

export function composeApplicantMail(
  kind: TApplicantMailKind,
  to: { email: string; name: string; locale: string },
  values: {
    reference: string;
    organization: string;
    link: string;
    /** The link is the applicant's secret status link (/join/a/{key}), not a public page. */
    isSecretLink: boolean;
    message?: string | null;
    dedupeKey: string;
  },
): TMailMessage {
  const { t } = translator(localeOf(to.locale));
  const facts = {
    name: to.name || to.email,
    reference: values.reference,
    organization: values.organization,
    link: values.link,
  };
  const message = values.message?.trim();
  const text = [
    t(`membership.mail.${kind}.body`, facts),
    message ? `${t('membership.mail.messageFromSecretariat')}\n\n${message}` : '',
    t('membership.mail.signature'),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  return {
    to: to.email,
    subject: t(`membership.mail.${kind}.subject`, facts),
    text,
    dedupeKey: values.dedupeKey,
    carriesSecret: values.isSecretLink,
  };
}

export function composeReviewerMail(
  kind: TReviewerMailKind,
  to: { email: string; locale: string },
  values: {
    reference: string;
    organization: string;
    link: string;
    dedupeKey: string;
    /** How many files came with a reply (repliedApplication). */
    files?: number;
  },
): TMailMessage {
  const { t } = translator(localeOf(to.locale));
  return {
    to: to.email,
    subject: t(`membership.mail.${kind}.subject`, values),
    text: `${t(`membership.mail.${kind}.body`, values)}\n\n${t('membership.mail.signature')}`,
    dedupeKey: `${values.dedupeKey}:${to.email}`,
  };
}

export function composeOwnerAccountMail(
  to: { email: string; name: string; locale: string },
  values: { organization: string; link: string; isNewAccount: boolean; dedupeKey: string },
): TMailMessage {
  const { t } = translator(localeOf(to.locale));
  const kind = values.isNewAccount ? 'ownerNewAccount' : 'ownerExistingAccount';
  return {
    to: to.email,
    subject: t(`membership.mail.${kind}.subject`, { organization: values.organization }),
    text: `${t(`membership.mail.${kind}.body`, { name: to.name || to.email, organization: values.organization, link: values.link })}\n\n${t('membership.mail.signature')}`,
    dedupeKey: values.dedupeKey,
    // A new account's link sets its first password (a reset link); an existing one's is the sign-in page.
    carriesSecret: values.isNewAccount,
  };
}
