import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TMeetings, TMeetingView } from '../meetings.service.ts';
import { communityPath } from './community-bits.tsx';

/**
 * The community's meetings: upcoming ones first, then past ones. Each links to its event page, where
 * registration, time zones and the calendar file live. Facilitators attach a published event here.
 */
export function MeetingsSection(props: {
  ctx: TViewContext;
  slug: string;
  meetings: TMeetings;
  canManage: boolean;
  form: TFormState;
}) {
  const { ctx, slug, meetings, canManage } = props;
  const { t } = ctx;
  if (meetings.upcoming.length === 0 && meetings.past.length === 0 && !canManage) return null;
  const item = (m: TMeetingView) => (
    <li class="card">
      <h3>
        <a href={ctx.href(`/events/${encodeURIComponent(m.slug)}`)} lang={m.language} dir="auto">
          {m.title}
        </a>
      </h3>
      {m.isCancelled ? <p class="tag">{t('communities.meetings.cancelled')}</p> : null}
      <p>
        <time datetime={m.startsAt}>{m.when}</time>
        <br />
        <span class="hint">{m.zone}</span>
      </p>
      {canManage ? (
        <form
          method="post"
          novalidate
          action={ctx.href(`${communityPath(slug)}/meetings/${encodeURIComponent(m.linkId)}/remove`)}
        >
          <CsrfField ctx={ctx} />
          <button type="submit">{t('communities.meetings.remove')}</button>
        </form>
      ) : null}
    </li>
  );
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('communities.meetings.title')}</h2>
      {meetings.upcoming.length === 0 ? (
        <p>{t('communities.meetings.empty')}</p>
      ) : (
        <ul class="cards record-cards">{meetings.upcoming.map(item)}</ul>
      )}
      {meetings.past.length > 0 ? (
        <>
          <h3 id="past-meetings-title">{t('communities.meetings.past')}</h3>
          <ul class="cards record-cards" aria-labelledby="past-meetings-title">
            {meetings.past.map(item)}
          </ul>
        </>
      ) : null}
      {canManage ? (
        <>
          <h3 id="add-meeting-title">{t('communities.meetings.addTitle')}</h3>
          <p class="hint">{t('communities.meetings.createHint')}</p>
          <ErrorSummary ctx={ctx} form="meeting" state={props.form} />
          <form
            method="post"
            novalidate
            aria-labelledby="add-meeting-title"
            action={ctx.href(`${communityPath(slug)}/meetings`)}
          >
            <CsrfField ctx={ctx} />
            <TextField
              ctx={ctx}
              form="meeting"
              state={props.form}
              name="event"
              label={t('communities.meetings.event')}
              hint={t('communities.meetings.eventHint')}
              isRequired
              maxLength={500}
            />
            <button type="submit">{t('communities.meetings.add')}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
