import { assetUrl } from '../../../ui/assets.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import type { TEvent, TRegistration } from '../events.record.ts';
import type { TReaderZone } from '../reader-zone.ts';
import { EventWhen } from './event-when.tsx';

/** A registration's own page behind its secret link: its status, the event, and a cancel button. */
export function RegistrationPage({
  ctx,
  event,
  registration,
  position,
  readerZone,
  action,
}: {
  ctx: TViewContext;
  event: TEvent;
  registration: TRegistration;
  position: number | null;
  readerZone: TReaderZone | null;
  action: string;
}) {
  const { t, locale } = ctx;
  const text = eventText(event, locale);
  const eventPath = `/events/${encodeURIComponent(event.slug)}`;
  return (
    <Layout ctx={ctx} title={t('events.registration.title')} isPrivate>
      <h1>{t('events.registration.title')}</h1>
      <p class="lead">
        <a href={ctx.href(eventPath)} lang={text.language} dir="auto">
          {text.title}
        </a>
      </p>
      <EventWhen ctx={ctx} event={event} readerZone={readerZone} backPath={ctx.href(eventPath)} />
      <p class={`notice ${registration.status === 'cancelled' ? 'error' : 'ok'}`}>
        {registration.status === 'confirmed'
          ? t('events.registration.confirmed', { name: registration.name })
          : registration.status === 'waiting'
            ? t('events.registration.waiting', { name: registration.name, position: position ?? 1 })
            : t('events.registration.cancelled', { name: registration.name })}
      </p>
      {registration.status === 'confirmed' && event.onlineUrl ? (
        <p>
          {t('events.registration.onlineLink')}{' '}
          <a href={event.onlineUrl} rel="noopener noreferrer">
            {event.onlineUrl}
          </a>
        </p>
      ) : null}
      {registration.status !== 'cancelled' ? (
        <>
          <p class="actions">
            <a class="button secondary" href={`${eventPath}.ics`} download={`${event.slug}.ics`}>
              <Tx ctx={ctx} k="events.page.addToCalendar" values={{ format: '.ics' }} isolate={['format']} />
            </a>
          </p>
          <form novalidate method="post" action={action}>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit">{t('events.registration.cancel')}</button>
          </form>
        </>
      ) : null}
      <script src={assetUrl('time-zone.js')} defer />
    </Layout>
  );
}
