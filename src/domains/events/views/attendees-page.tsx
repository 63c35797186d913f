import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRegistrationStatus } from '../event-vocabulary.ts';
import type { TEvent, TRegistration } from '../events.record.ts';
import { OrganiserPage } from './organiser-page.tsx';

/** The organiser's list of attendees: counts, then everyone in order of registration, and the CSV. */
export function AttendeesPage({
  ctx,
  event,
  registrations,
  counts,
}: {
  ctx: TViewContext;
  event: TEvent;
  registrations: readonly TRegistration[];
  counts: Record<TRegistrationStatus, number>;
}) {
  const { t, locale } = ctx;
  const base = `/events/${encodeURIComponent(event.slug)}`;
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: event.timeZone,
  });
  return (
    <OrganiserPage ctx={ctx} event={event} title={t('events.attendees.title')} backPath={base}>
      <p>
        {t('events.attendees.counts', {
          confirmed: counts.confirmed,
          waiting: counts.waiting,
          cancelled: counts.cancelled,
          capacity: event.capacity ?? 0,
        })}
      </p>
      <p>
        <a
          class="button secondary"
          href={ctx.href(`${base}/attendees.csv`)}
          download={`${event.slug}-attendees.csv`}
        >
          {t('events.attendees.csv')}
        </a>
      </p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t('events.attendees.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.attendees.name')}</th>
              <th scope="col">{t('events.attendees.email')}</th>
              <th scope="col">{t('events.attendees.status')}</th>
              <th scope="col">{t('events.attendees.registeredAt')}</th>
              {event.questions.map((q) => (
                <th scope="col">{q}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {registrations.map((r) => (
              <tr>
                <td>{r.name}</td>
                <td>{r.email}</td>
                <td>{t(`events.registrationStatus.${r.status}`)}</td>
                <td>
                  <time datetime={r.createdAt}>{dateTime.format(new Date(r.createdAt))}</time>
                </td>
                {event.questions.map((_, i) => (
                  <td>{r.answers[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </OrganiserPage>
  );
}
