import { localeTags } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { DateTimeField, dateTimeSummaryTargets } from '../../../ui/components/date-time-field.tsx';
import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { timeZoneChoices } from '../../../ui/components/time-zone-choices.ts';
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
  /** The one-step form (ADR 0061): its values, errors, the zone it starts with, and whether the community is private. */
  planForm: TFormState;
  defaultZone: string;
  isPrivate: boolean;
  /** The instant whose UTC offsets label the time zones. */
  now: number;
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
        <span class="hint">
          <bdi>{m.zone}</bdi>
        </span>
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
          <h3 id="plan-meeting-title">{t('communities.meetings.planTitle')}</h3>
          <p class="hint">{t('communities.meetings.planHint')}</p>
          {props.isPrivate ? <p class="hint">{t('communities.meetings.privateHint')}</p> : null}
          <PlanMeetingForm {...props} />
          <details open={Object.keys(props.form.errors).length > 0}>
            <summary id="add-meeting-title">{t('communities.meetings.addTitle')}</summary>
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
          </details>
        </>
      ) : null}
    </section>
  );
}

/** Title, what it is about, when (in a zone from the shared picker), where (a link, a place or both), seats, languages. */
function PlanMeetingForm(props: {
  ctx: TViewContext;
  slug: string;
  planForm: TFormState;
  defaultZone: string;
  isPrivate: boolean;
  now: number;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const form = 'plan-meeting';
  const hasValues = Object.keys(props.planForm.values).length > 0;
  const state: TFormState = hasValues
    ? props.planForm
    : {
        values: { timeZone: props.defaultZone, ...(props.isPrivate ? { isOnlineUrlPrivate: 'on' } : {}) },
        errors: {},
      };
  const common = { ctx, form, state };
  return (
    <>
      <ErrorSummary ctx={ctx} form={form} state={state} targets={dateTimeSummaryTargets(['start', 'end'])} />
      <form
        method="post"
        novalidate
        aria-labelledby="plan-meeting-title"
        action={ctx.href(`${communityPath(props.slug)}/meetings/new`)}
      >
        <CsrfField ctx={ctx} />
        <TextField
          {...common}
          name="title"
          label={t('communities.meetings.titleField')}
          isRequired
          maxLength={300}
        />
        <TextAreaField
          {...common}
          name="summary"
          label={t('communities.meetings.summary')}
          hint={t('communities.meetings.summaryHint')}
          isRequired
          maxLength={1000}
          rows={3}
        />
        <SelectField
          {...common}
          name="timeZone"
          label={t('communities.meetings.timeZone')}
          hint={t('communities.meetings.timeZoneHint')}
          options={[]}
          groups={timeZoneChoices(ctx, props.now)}
          filterLabel={t('common.pickers.zoneFilter')}
          isRequired
        />
        <DateTimeField
          {...common}
          name="start"
          dateLabel={t('communities.meetings.startDate')}
          timeLabel={t('communities.meetings.startTime')}
          isRequired
        />
        <DateTimeField
          {...common}
          name="end"
          dateLabel={t('communities.meetings.endDate')}
          timeLabel={t('communities.meetings.endTime')}
          isRequired
        />
        <TextField
          {...common}
          name="onlineUrl"
          type="url"
          label={t('communities.meetings.onlineUrl')}
          hint={t('communities.meetings.whereHint')}
          maxLength={1000}
        />
        <CheckboxField {...common} name="isOnlineUrlPrivate" label={t('communities.meetings.linkPrivate')} />
        <TextField {...common} name="venue" label={t('communities.meetings.venue')} maxLength={300} />
        <TextField {...common} name="address" label={t('communities.meetings.address')} maxLength={300} />
        <TextField
          {...common}
          name="capacity"
          type="number"
          inputMode="numeric"
          min="1"
          label={t('communities.meetings.capacity')}
          hint={t('communities.meetings.capacityHint')}
        />
        <CheckboxGroup
          {...common}
          name="languages"
          label={t('communities.meetings.languages')}
          hint={t('communities.meetings.languagesHint')}
          options={localeTags.map((tag) => ({ value: tag, label: languageName(ctx.locale, tag) }))}
        />
        <button type="submit">{t('communities.meetings.plan')}</button>
      </form>
    </>
  );
}
