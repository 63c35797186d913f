import { locales } from '../../../i18n/locales.ts';
import { countriesSorted } from '../../../i18n/names.ts';
import { formatOffset } from '../../../platform/time-zones.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices, languageChoices } from '../../../ui/components/choice-options.ts';
import { DateTimeField, dateTimeSummaryTargets } from '../../../ui/components/date-time-field.tsx';
import {
  ErrorSummary,
  formValue,
  formValues,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { PlacePicker, type TPlaceValue } from '../../../ui/components/place-picker.tsx';
import { RepeatableRows, rowValue } from '../../../ui/components/repeatable-rows.tsx';
import { SelectField, type TOption } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { timeZoneChoices } from '../../../ui/components/time-zone-choices.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { maxQuestions, questionParts } from '../event-form.ts';
import type { TTimeChoice, TTimingProblem } from '../event-times.ts';
import { eventFormats, eventKinds, registrationModes } from '../event-vocabulary.ts';
import { eventLimits } from '../events.schemas.ts';

export type TEventFormPageProps = {
  ctx: TViewContext;
  state: TFormState;
  action: string;
  isNew: boolean;
  version: number | null;
  organizerChoices: readonly { slug: string; name: string }[];
  /** Published practices and commitments the event may name as related, by title. */
  relatedChoices: { practices: readonly TOption[]; commitments: readonly TOption[] };
  timingProblems: readonly TTimingProblem[];
  /** The instant the zones' UTC offsets are shown at (the clock's now). */
  now: number;
  /** Places found for what was typed (the no-script "Find the place"), or null. */
  placeCandidates?: readonly TPlaceValue[] | null;
};

/** The options, plus any value already chosen that is no longer among them (kept on edit, as sent). */
function withChosen(options: readonly TOption[], chosen: readonly string[]): readonly TOption[] {
  const known = new Set(options.map((o) => o.value));
  const missing = chosen.filter((v) => v !== '' && !known.has(v));
  return missing.length === 0 ? options : [...options, ...missing.map((v) => ({ value: v, label: v }))];
}

/** The date and time pairs of the form, each keyed by its moment ("start"). */
const moments = ['start', 'end'] as const;

function choiceLabel(ctx: TViewContext, choice: TTimeChoice): string {
  return ctx.t('events.form.timeChoice', {
    time: choice.local.slice(11, 16),
    date: choice.local.slice(0, 10),
    offset: `UTC${formatOffset(choice.offsetMinutes)}`,
  });
}

/** Under a start or end time that a DST change makes impossible or ambiguous: the valid choices. */
function TimingChoices({
  ctx,
  field,
  problems,
}: {
  ctx: TViewContext;
  field: 'start' | 'end';
  problems: readonly TTimingProblem[];
}) {
  const problem = problems.find((p) => p.field === field);
  if (!problem || (problem.kind !== 'gap' && problem.kind !== 'overlap')) return null;
  const { t } = ctx;
  const legendId = `event-${field}-choices`;
  if (problem.kind === 'gap') {
    return (
      <fieldset class="timing-choices" aria-describedby={legendId}>
        <legend id={legendId}>
          {t('events.form.gapExplained', {
            time: problem.local.slice(11, 16),
            date: problem.local.slice(0, 10),
          })}
        </legend>
        {[problem.later, problem.earlier].map((choice, i) => (
          <div class="field checkbox">
            <input
              id={`event-${field}Fix-${i}`}
              type="radio"
              name={`${field}Fix`}
              value={choice.local}
              checked={i === 0}
            />
            <label for={`event-${field}Fix-${i}`}>{choiceLabel(ctx, choice)}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  return (
    <fieldset class="timing-choices" aria-describedby={legendId}>
      <legend id={legendId}>
        {t('events.form.overlapExplained', {
          time: problem.local.slice(11, 16),
          date: problem.local.slice(0, 10),
        })}
      </legend>
      {(['earlier', 'later'] as const).map((which, i) => (
        <div class="field checkbox">
          <input
            id={`event-${field}Occurrence-${which}`}
            type="radio"
            name={`${field}Occurrence`}
            value={which}
            checked={i === 0}
          />
          <label for={`event-${field}Occurrence-${which}`}>
            {t(`events.form.occurrence.${which}`, {
              time: problem.local.slice(11, 16),
              offset: `UTC${formatOffset(problem[which].offsetMinutes)}`,
            })}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Creating or editing an event: what, when (in its IANA zone), where, how to take part, who organises. */
export function EventFormPage(props: TEventFormPageProps) {
  const { ctx, state, timingProblems } = props;
  const { t, locale } = ctx;
  const form = 'event';
  const common = { ctx, form, state };
  const title = props.isNew ? t('events.form.newTitle') : t('events.form.editTitle');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <form method="post" action={props.action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {props.version !== null ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        {props.isNew ? (
          // The zone the form proposed: while the zone select still shows it, the place's zone replaces
          // it (on "Find the place" without a script; as soon as a place is picked with app.js).
          <input
            type="hidden"
            name="zoneDefault"
            value={formValue(state.values, 'zoneDefault')}
            data-zone-default=""
          />
        ) : null}
        <ErrorSummary ctx={ctx} form={form} state={state} targets={dateTimeSummaryTargets(moments)} />
        <fieldset>
          <legend>{t('events.form.what')}</legend>
          <TextField
            {...common}
            name="title"
            label={t('events.field.title')}
            isRequired
            maxLength={eventLimits.title}
          />
          <TextAreaField
            {...common}
            name="summary"
            label={t('events.field.summary')}
            rows={3}
            isRequired
            maxLength={eventLimits.summary}
          />
          <TextAreaField
            {...common}
            name="description"
            label={t('events.field.description')}
            rows={8}
            maxLength={eventLimits.description}
          />
          <SelectField
            {...common}
            name="language"
            label={t('events.field.language')}
            placeholder={t('events.form.choose')}
            options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
          />
          <SelectField
            {...common}
            name="kind"
            label={t('events.field.kind')}
            placeholder={t('events.form.choose')}
            options={eventKinds.map((value) => ({ value, label: t(`events.kind.${value}`) }))}
          />
          <SelectField
            {...common}
            name="format"
            label={t('events.field.format')}
            placeholder={t('events.form.choose')}
            options={eventFormats.map((value) => ({ value, label: t(`events.format.${value}`) }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.when')}</legend>
          <SelectField
            {...common}
            name="timeZone"
            label={t('events.field.timeZone')}
            hint={t('events.field.timeZoneHint')}
            options={[]}
            groups={timeZoneChoices(ctx, props.now)}
            filterLabel={t('common.pickers.zoneFilter')}
            isRequired
          />
          {moments.map((moment) => (
            <DateTimeField
              {...common}
              name={moment}
              dateLabel={t(`events.field.${moment}Date`)}
              timeLabel={t(`events.field.${moment}Time`)}
              isRequired
            >
              <TimingChoices ctx={ctx} field={moment} problems={timingProblems} />
            </DateTimeField>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('events.form.where')}</legend>
          <TextField {...common} name="venue" label={t('events.field.venue')} />
          <TextField {...common} name="address" label={t('events.field.address')} />
          <PlacePicker
            {...common}
            name="place"
            isSingle
            label={t('events.field.city')}
            hint={t('events.field.placeHint')}
            candidates={props.placeCandidates ?? null}
            searchUrl={ctx.href('/places/find')}
          />
          <SelectField
            {...common}
            name="countryCode"
            label={t('events.field.country')}
            hint={t('events.field.countryHint')}
            placeholder={t('events.form.none')}
            options={countriesSorted(locale).map((c) => ({ value: c.code, label: c.name }))}
          />
          <TextField {...common} name="onlineUrl" type="url" label={t('events.field.onlineUrl')} />
          <CheckboxField {...common} name="isOnlineUrlPrivate" label={t('events.field.isOnlineUrlPrivate')} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.registration')}</legend>
          <SelectField
            {...common}
            name="registrationMode"
            label={t('events.field.registrationMode')}
            placeholder={t('events.form.choose')}
            options={registrationModes.map((value) => ({ value, label: t(`events.registration.${value}`) }))}
          />
          <TextField
            {...common}
            name="registrationUrl"
            type="url"
            label={t('events.field.registrationUrl')}
          />
          <TextField
            {...common}
            name="capacity"
            type="number"
            min="1"
            label={t('events.field.capacity')}
            hint={t('events.field.capacityHint')}
          />
          <RepeatableRows
            {...common}
            name="questions"
            legend={t('events.field.questions')}
            hint={t('events.field.questionRowsHint', { max: maxQuestions })}
            rowLegend={(n) => t('events.field.questionRow', { n })}
            addLabel={t('events.field.addQuestion')}
            parts={questionParts}
            max={maxQuestions}
            row={(index) => (
              <TextField
                {...common}
                name={`questions-${index}-question`}
                inputName={questionParts[0]}
                value={rowValue(state, questionParts[0], index)}
                label={t('events.field.question')}
                maxLength={eventLimits.shortText}
              />
            )}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.who')}</legend>
          <ChoiceList
            {...common}
            name="organizers"
            label={t('events.field.organizers')}
            options={props.organizerChoices.map((o) => ({ value: o.slug, label: o.name }))}
          />
          <ChoiceList
            {...common}
            name="languages"
            label={t('events.field.languages')}
            options={languageChoices(locale, formValues(state, 'languages'))}
          />
          <ChoiceList
            {...common}
            name="interpretation"
            label={t('events.field.interpretation')}
            options={languageChoices(locale, formValues(state, 'interpretation'))}
          />
          <ChoiceList
            {...common}
            name="themes"
            label={t('events.field.themes')}
            options={conceptChoices('theme', locale)}
          />
          <ChoiceList
            {...common}
            name="relatedPractices"
            label={t('events.field.relatedPractices')}
            hint={t('events.field.relatedHint')}
            options={withChosen(props.relatedChoices.practices, formValues(state, 'relatedPractices'))}
          />
          <ChoiceList
            {...common}
            name="relatedCommitments"
            label={t('events.field.relatedCommitments')}
            hint={t('events.field.relatedHint')}
            options={withChosen(props.relatedChoices.commitments, formValues(state, 'relatedCommitments'))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.translation')}</legend>
          <p class="hint">{t('events.form.translationHint')}</p>
          <SelectField
            {...common}
            name="translationLanguage"
            label={t('events.field.translationLanguage')}
            placeholder={t('events.form.none')}
            options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
          />
          <TextField {...common} name="translationTitle" label={t('events.field.title')} />
          <TextAreaField {...common} name="translationSummary" label={t('events.field.summary')} rows={3} />
          <TextAreaField
            {...common}
            name="translationDescription"
            label={t('events.field.description')}
            rows={6}
          />
        </fieldset>
        <button type="submit">{props.isNew ? t('events.form.create') : t('events.form.save')}</button>
      </form>
    </Layout>
  );
}
