import type { Child } from 'hono/jsx';
import { languageName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { assetUrl } from '../../../ui/assets.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import { ButtonForm } from '../../../ui/components/button-form.tsx';
import { ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import type { TRelatedRecord } from '../event-related.service.ts';
import type { TEvent, TRegistration } from '../events.record.ts';
import type { TReaderZone } from '../reader-zone.ts';
import { eventStructuredData } from './event-structured-data.ts';
import { EventSummary } from './event-summary.tsx';
import { EventWhen } from './event-when.tsx';

export type TEventPageProps = {
  ctx: TViewContext;
  event: TEvent;
  readerZone: TReaderZone | null;
  publicUrl: string;
  /** The published practices and commitments the event names, by title. */
  related: TRelatedRecord[];
  /** The signed-in person's own active registration. */
  ownRegistration: TRegistration | null;
  registrationState: TFormState;
  permissions: {
    canEdit: boolean;
    canPublish: boolean;
    canCancel: boolean;
    canViewAttendees: boolean;
    canEditOutcome: boolean;
  };
  isRegistrationOpen: boolean;
  status?: number;
  /** What other domains show on the event's page: the documents it was made from (ADR 0082). */
  sections?: Child[];
};

/** One event: what, when (in its zone and the reader's), where, who organises, and how to take part. */
export function EventPage(props: TEventPageProps) {
  const { ctx, event, permissions } = props;
  const { t, locale } = ctx;
  const text = eventText(event, locale);
  const base = `/events/${encodeURIComponent(event.slug)}`;
  const isAttending = props.ownRegistration?.status === 'confirmed';
  const canSeeOnlineLink = !event.isOnlineUrlPrivate || isAttending || permissions.canEdit;
  const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      description={text.summary}
      structuredData={event.status === 'draft' ? [] : [eventStructuredData(event, ctx, props.publicUrl)]}
      openGraph={{ title: text.title, description: text.summary, url: `${props.publicUrl}/${locale}${base}` }}
    >
      <article class="event" lang={text.language}>
        <p class="badges">
          <span class="badge">{t(`events.kind.${event.kind}`)}</span>{' '}
          <span class="badge">{t(`events.format.${event.format}`)}</span>{' '}
          {event.status !== 'published' ? (
            <span class="badge warn">{t(`events.status.${event.status}`)}</span>
          ) : null}
        </p>
        <h1 dir="auto">{text.title}</h1>
        {event.status === 'cancelled' ? (
          <p class="notice error" role="status">
            {t('events.page.cancelledNotice')}
          </p>
        ) : null}
        {event.audience === 'community' ? <p class="notice">{t('events.page.communityOnly')}</p> : null}
        <p class="lead" dir="auto">
          {text.summary}
        </p>
        <div class="record-layout">
          <EventSummary ctx={ctx} event={event} />
          <div class="record-main">
            <dl class="event-facts">
              <dt>{t('events.page.when')}</dt>
              <dd>
                <EventWhen ctx={ctx} event={event} readerZone={props.readerZone} backPath={ctx.href(base)} />
              </dd>
              {event.onlineUrl ? (
                <>
                  <dt>{t('events.page.online')}</dt>
                  <dd>
                    {canSeeOnlineLink ? (
                      <a href={event.onlineUrl} rel="noopener noreferrer">
                        {event.onlineUrl}
                      </a>
                    ) : (
                      t('events.page.onlineForRegistered')
                    )}
                  </dd>
                </>
              ) : null}
              {event.languages.length > 0 ? (
                <>
                  <dt>{t('events.page.languages')}</dt>
                  <dd>{ctx.i18n.formatList(event.languages.map((l) => languageName(locale, l)))}</dd>
                </>
              ) : null}
              {event.interpretation.length > 0 ? (
                <>
                  <dt>{t('events.page.interpretation')}</dt>
                  <dd>{ctx.i18n.formatList(event.interpretation.map((l) => languageName(locale, l)))}</dd>
                </>
              ) : null}
              {event.themes.length > 0 ? (
                <>
                  <dt>{t('events.page.themes')}</dt>
                  <dd>
                    <ul class="inline-list">
                      {event.themes.map((theme) => (
                        <li>
                          <a href={ctx.href(`/events?theme=${encodeURIComponent(theme)}`)}>
                            {conceptLabel(theme, locale)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
            <p class="actions">
              <a
                class="button secondary"
                href={`${base}.ics`}
                type="text/calendar"
                download={`${event.slug}.ics`}
              >
                <Tx
                  ctx={ctx}
                  k="events.page.addToCalendar"
                  values={{ format: '.ics' }}
                  isolate={['format']}
                />
              </a>{' '}
              {event.outcome ? <a href={ctx.href(`${base}/outcome`)}>{t('events.page.outcome')}</a> : null}
            </p>
            {text.description ? (
              <section aria-labelledby="about-title">
                <h2 id="about-title">{t('events.page.about')}</h2>
                <Prose text={text.description} lang={text.language} />
              </section>
            ) : null}
            {props.related.length > 0 ? (
              <section aria-labelledby="related-title">
                <h2 id="related-title">{t('events.page.related')}</h2>
                {(['practice', 'commitment'] as const).map((kind) => {
                  const records = props.related.filter((r) => r.kind === kind);
                  return records.length > 0 ? (
                    <>
                      <h3>
                        {t(
                          kind === 'practice'
                            ? 'events.field.relatedPractices'
                            : 'events.field.relatedCommitments',
                        )}
                      </h3>
                      <ul>
                        {records.map((r) => (
                          <li>
                            <a
                              href={ctx.href(`/${kind}s/${encodeURIComponent(r.slug)}`)}
                              lang={r.language}
                              dir="auto"
                            >
                              {r.title}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null;
                })}
              </section>
            ) : null}
          </div>
        </div>
        <RegistrationSection {...props} seatsLeft={seatsLeft} base={base} />
        {props.sections}
        {permissions.canEdit ? (
          <OrganiserActions ctx={ctx} event={event} base={base} permissions={permissions} />
        ) : null}
      </article>
      <script src={assetUrl('time-zone.js')} defer />
    </Layout>
  );
}

function RegistrationSection(props: TEventPageProps & { seatsLeft: number | null; base: string }) {
  const { ctx, event, ownRegistration, seatsLeft, base } = props;
  const { t } = ctx;
  if (event.registrationMode === 'none' || event.status === 'draft') return null;
  if (event.registrationMode === 'external') {
    return (
      <section aria-labelledby="register-title" class="register">
        <h2 id="register-title">{t('events.register.title')}</h2>
        {event.registrationUrl ? (
          <p>
            <a class="button" href={event.registrationUrl} rel="noopener noreferrer">
              {t('events.register.external')}
            </a>
          </p>
        ) : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="register-title" class="register">
      <h2 id="register-title">{t('events.register.title')}</h2>
      {event.capacity !== null ? (
        <p>
          {seatsLeft && seatsLeft > 0
            ? t('events.register.seatsLeft', { count: seatsLeft, capacity: event.capacity })
            : t('events.register.full')}
        </p>
      ) : null}
      {ownRegistration ? (
        <>
          <p class="notice ok">
            {ownRegistration.status === 'confirmed'
              ? t('events.register.youAreRegistered')
              : t('events.register.youAreWaiting')}
          </p>
          <form novalidate method="post" action={ctx.href(`${base}/unregister`)}>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <button type="submit" class="secondary">
              {t('events.register.cancel')}
            </button>
          </form>
        </>
      ) : props.isRegistrationOpen ? (
        <form method="post" action={ctx.href(`${base}/register`)} class="stack" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <ErrorSummary ctx={ctx} form="register" state={props.registrationState} />
          <FormFields
            ctx={ctx}
            form="register"
            state={props.registrationState}
            labels={(key) => t(`events.register.${key}`)}
            fields={[
              { text: 'name', autocomplete: 'name', isRequired: true },
              { text: 'email', type: 'email', autocomplete: 'email', isRequired: true },
            ]}
          />
          {event.questions.map((question, i) => (
            <TextAreaField
              ctx={ctx}
              form="register"
              name={`answer${i}`}
              label={question}
              state={props.registrationState}
              rows={2}
            />
          ))}
          <p class="hint">{t('events.register.privacy')}</p>
          <button type="submit">
            {seatsLeft === 0 ? t('events.register.joinWaitingList') : t('events.register.submit')}
          </button>
        </form>
      ) : (
        <p>{t('events.register.closed')}</p>
      )}
    </section>
  );
}

function OrganiserActions({
  ctx,
  event,
  base,
  permissions,
}: {
  ctx: TViewContext;
  event: TEvent;
  base: string;
  permissions: TEventPageProps['permissions'];
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="organiser-title" class="organiser-actions">
      <h2 id="organiser-title">{t('events.organiser.title')}</h2>
      <p class="actions">
        <a class="button secondary" href={ctx.href(`${base}/edit`)}>
          {t('events.organiser.edit')}
        </a>{' '}
        {permissions.canViewAttendees && event.registrationMode === 'platform' ? (
          <a href={ctx.href(`${base}/attendees`)}>{t('events.organiser.attendees')}</a>
        ) : null}{' '}
        {permissions.canEditOutcome ? (
          <a href={ctx.href(`${base}/outcome/edit`)}>{t('events.organiser.outcome')}</a>
        ) : null}
      </p>
      {permissions.canPublish ? (
        <ButtonForm ctx={ctx} action={ctx.href(`${base}/publish`)}>
          {t('events.organiser.publish')}
        </ButtonForm>
      ) : null}
      {permissions.canCancel ? (
        <ButtonForm ctx={ctx} action={ctx.href(`${base}/cancel`)} buttonClass="secondary">
          {t('events.organiser.cancelEvent')}
        </ButtonForm>
      ) : null}
    </section>
  );
}
