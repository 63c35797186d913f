import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import type { TMailMessage } from '../../platform/mail.ts';

/**
 * The accounts domain's e-mails, written in the recipient's language from the `mail` namespace.
 * Links carry the secret; only its hash is kept in the database.
 */
export const verifyEmailHours = 48;
export const resetPasswordMinutes = 60;

type TRecipient = { email: string; name: string; locale: string };

function localeOf(recipient: TRecipient): TLocale {
  return isLocale(recipient.locale) ? recipient.locale : 'en';
}

export function linkTo(publicUrl: string, locale: TLocale, path: string, token: string): string {
  return `${publicUrl}/${locale}${path}?token=${encodeURIComponent(token)}`;
}

/** The mails that carry a one-time link: the page the link opens, and how long it works. */
const linkMails = {
  verifyEmail: { path: '/verify-email', lasts: { hours: verifyEmailHours } },
  resetPassword: { path: '/reset-password', lasts: { minutes: resetPasswordMinutes } },
} as const;

function composeLinkMail(
  kind: keyof typeof linkMails,
  publicUrl: string,
  recipient: TRecipient,
  token: string,
): TMailMessage {
  const locale = localeOf(recipient);
  const { t } = translator(locale);
  const { path, lasts } = linkMails[kind];
  const link = linkTo(publicUrl, locale, path, token);
  return {
    to: recipient.email,
    subject: t(`mail.${kind}.subject`),
    text: t(`mail.${kind}.body`, { name: recipient.name, link, ...lasts }),
    carriesSecret: true,
  };
}

export function composeVerificationMail(
  publicUrl: string,
  recipient: TRecipient,
  token: string,
): TMailMessage {
  return composeLinkMail('verifyEmail', publicUrl, recipient, token);
}

export function composePasswordResetMail(
  publicUrl: string,
  recipient: TRecipient,
  token: string,
): TMailMessage {
  return composeLinkMail('resetPassword', publicUrl, recipient, token);
}

/**
 * To the owner of an address someone tried to sign up with: no account was made; here are the ways
 * in, if it was them. Carries no secret (the links are the public sign-in and reset pages).
 */
export function composeSignUpAttemptMail(publicUrl: string, recipient: TRecipient): TMailMessage {
  const locale = localeOf(recipient);
  const { t } = translator(locale);
  return {
    to: recipient.email,
    subject: t('mail.signUpAttempt.subject'),
    text: t('mail.signUpAttempt.body', {
      name: recipient.name,
      signIn: `${publicUrl}/${locale}/sign-in`,
      reset: `${publicUrl}/${locale}/forgot-password`,
    }),
  };
}

/** To the address of an account just deleted: what went, what stayed with organisations. */
export function composeAccountDeletedMail(recipient: TRecipient): TMailMessage {
  const locale = localeOf(recipient);
  const { t } = translator(locale);
  return {
    to: recipient.email,
    subject: t('mail.accountDeleted.subject'),
    text: t('mail.accountDeleted.body', { name: recipient.name }),
  };
}
