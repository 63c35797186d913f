import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import type { TMailMessage } from '../../platform/mail.ts';
import { eventText, whenLine } from './event-display.ts';
import type { TEvent } from './events.record.ts';

/**
 * Registrants' e-mails, in the language they registered in: confirmed, on the waiting list, promoted
 * from it, registered again, cancelled, and reminders a day and an hour before. Each carries the event's time in its own
 * zone and the links to the event, its calendar file and (when the mail has it) the cancel link.
 */
export type TRegistrationMailKind =
  | 'confirmed'
  | 'waiting'
  /** Someone registered this address again: its link, sent to it only. */
  | 'repeated'
  | 'promoted'
  | 'cancelled'
  | 'reminderDay'
  | 'reminderHour';

function localeOf(tag: string): TLocale {
  return isLocale(tag) ? tag : 'en';
}

export function registrationLink(publicUrl: string, locale: string, slug: string, token: string): string {
  return `${publicUrl}/${locale}/events/${encodeURIComponent(slug)}/registration/${token}`;
}

export function composeRegistrationMail(
  kind: TRegistrationMailKind,
  event: TEvent,
  to: { email: string; name: string; locale: string; status?: string },
  values: { publicUrl: string; token?: string | undefined; position?: number | undefined; dedupeKey: string },
): TMailMessage {
  const locale = localeOf(to.locale);
  const { t } = translator(locale);
  const text = eventText(event, locale);
  const facts = {
    name: to.name || to.email,
    title: text.title,
    when: whenLine(event, locale),
    link: `${values.publicUrl}/${locale}/events/${encodeURIComponent(event.slug)}`,
    calendar: `${values.publicUrl}/events/${encodeURIComponent(event.slug)}.ics`,
    position: values.position ?? 0,
  };
  const isAttending =
    kind === 'confirmed' ||
    kind === 'promoted' ||
    kind === 'reminderDay' ||
    kind === 'reminderHour' ||
    (kind === 'repeated' && to.status === 'confirmed');
  const parts = [t(`events.mail.${kind}.body`, facts)];
  if (isAttending && event.onlineUrl) parts.push(t('events.mail.onlineLink', { url: event.onlineUrl }));
  const manageToken = kind === 'cancelled' ? undefined : values.token;
  if (manageToken) {
    parts.push(
      t('events.mail.cancelLink', {
        link: registrationLink(values.publicUrl, locale, event.slug, manageToken),
      }),
    );
  }
  parts.push(t('events.mail.signature'));
  return {
    to: to.email,
    subject: t(`events.mail.${kind}.subject`, facts),
    text: parts.join('\n\n'),
    dedupeKey: values.dedupeKey,
    carriesSecret: Boolean(manageToken),
  };
}
