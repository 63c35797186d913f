import { locales } from '../../../i18n/locales.ts';
import { formatOffset, listTimeZones } from '../../../platform/time-zones.ts';
import { conceptsOf } from '../../../taxonomy/taxonomy.ts';
import {
  ErrorSummary,
  fieldId,
  formValue,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import {
  CheckboxField,
  MultiSelectField,
  SelectField,
  TextAreaField,
} from '../../membership/views/form-fields.tsx';
import { countriesSorted } from '../../organizations/organization-vocabulary.ts';
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
  timingProblems: readonly TTimingProblem[];
};

type TInputProps = {
  ctx: TViewContext;
  form: string;
  name: string;
  label: string;
  state: TFormState;
  type: 'date' | 'time' | 'number' | 'url' | 'text';
  hint?: string;
  isRequired?: boolean;
  step?: string;
  min?: string;
  list?: string;
};

function InputField({ ctx, form, name, label, state, type, hint, isRequired, step, min, list }: TInputProps) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {ctx.t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        value={formValue(state.values, name)}
        required={isRequired}
        step={step}
        min={min}
        list={list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

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
  const title = props.isNew ? t('events.form.newTitle') : t('events.form.editTitle');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <form method="post" action={props.action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {props.version !== null ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        <ErrorSummary ctx={ctx} form={form} state={state} />
        <fieldset>
          <legend>{t('events.form.what')}</legend>
          <TextField
            ctx={ctx}
            form={form}
            name="title"
            label={t('events.field.title')}
            state={state}
            isRequired
            maxLength={eventLimits.title}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="summary"
            label={t('events.field.summary')}
            state={state}
            rows={3}
            isRequired
            maxLength={eventLimits.summary}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="description"
            label={t('events.field.description')}
            state={state}
            rows={8}
            maxLength={eventLimits.description}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="language"
            label={t('events.field.language')}
            state={state}
            placeholder={t('events.form.choose')}
            options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="kind"
            label={t('events.field.kind')}
            state={state}
            placeholder={t('events.form.choose')}
            options={eventKinds.map((value) => ({ value, label: t(`events.kind.${value}`) }))}
          />
          <SelectField
            ctx={ctx}
            form={form}
            name="format"
            label={t('events.field.format')}
            state={state}
            placeholder={t('events.form.choose')}
            options={eventFormats.map((value) => ({ value, label: t(`events.format.${value}`) }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.when')}</legend>
          <InputField
            ctx={ctx}
            form={form}
            name="timeZone"
            type="text"
            list="time-zones"
            label={t('events.field.timeZone')}
            hint={t('events.field.timeZoneHint')}
            state={state}
            isRequired
          />
          <datalist id="time-zones">
            {listTimeZones().map((zone) => (
              <option value={zone} />
            ))}
          </datalist>
          <InputField
            ctx={ctx}
            form={form}
            name="startDate"
            type="date"
            label={t('events.field.startDate')}
            state={state}
            isRequired
          />
          <InputField
            ctx={ctx}
            form={form}
            name="startTime"
            type="time"
            label={t('events.field.startTime')}
            state={state}
            isRequired
          />
          {state.errors.start ? <p class="field-error">{t(state.errors.start)}</p> : null}
          <TimingChoices ctx={ctx} field="start" problems={timingProblems} />
          <InputField
            ctx={ctx}
            form={form}
            name="endDate"
            type="date"
            label={t('events.field.endDate')}
            state={state}
            isRequired
          />
          <InputField
            ctx={ctx}
            form={form}
            name="endTime"
            type="time"
            label={t('events.field.endTime')}
            state={state}
            isRequired
          />
          {state.errors.end ? <p class="field-error">{t(state.errors.end)}</p> : null}
          <TimingChoices ctx={ctx} field="end" problems={timingProblems} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.where')}</legend>
          <TextField ctx={ctx} form={form} name="venue" label={t('events.field.venue')} state={state} />
          <TextField ctx={ctx} form={form} name="address" label={t('events.field.address')} state={state} />
          <TextField ctx={ctx} form={form} name="city" label={t('events.field.city')} state={state} />
          <SelectField
            ctx={ctx}
            form={form}
            name="countryCode"
            label={t('events.field.country')}
            state={state}
            placeholder={t('events.form.none')}
            options={countriesSorted(locale).map((c) => ({ value: c.code, label: c.name }))}
          />
          <InputField
            ctx={ctx}
            form={form}
            name="latitude"
            type="number"
            step="any"
            label={t('events.field.latitude')}
            state={state}
          />
          <InputField
            ctx={ctx}
            form={form}
            name="longitude"
            type="number"
            step="any"
            label={t('events.field.longitude')}
            state={state}
          />
          <InputField
            ctx={ctx}
            form={form}
            name="onlineUrl"
            type="url"
            label={t('events.field.onlineUrl')}
            state={state}
          />
          <CheckboxField
            ctx={ctx}
            form={form}
            name="isOnlineUrlPrivate"
            label={t('events.field.isOnlineUrlPrivate')}
            state={state}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.registration')}</legend>
          <SelectField
            ctx={ctx}
            form={form}
            name="registrationMode"
            label={t('events.field.registrationMode')}
            state={state}
            placeholder={t('events.form.choose')}
            options={registrationModes.map((value) => ({ value, label: t(`events.registration.${value}`) }))}
          />
          <InputField
            ctx={ctx}
            form={form}
            name="registrationUrl"
            type="url"
            label={t('events.field.registrationUrl')}
            state={state}
          />
          <InputField
            ctx={ctx}
            form={form}
            name="capacity"
            type="number"
            min="1"
            label={t('events.field.capacity')}
            hint={t('events.field.capacityHint')}
            state={state}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="questions"
            label={t('events.field.questions')}
            hint={t('events.field.questionsHint')}
            state={state}
            rows={3}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.who')}</legend>
          <MultiSelectField
            ctx={ctx}
            form={form}
            name="organizers"
            label={t('events.field.organizers')}
            state={state}
            options={props.organizerChoices.map((o) => ({ value: o.slug, label: o.name }))}
            size={Math.min(8, Math.max(2, props.organizerChoices.length))}
          />
          <TextField
            ctx={ctx}
            form={form}
            name="languages"
            label={t('events.field.languages')}
            hint={t('events.field.languagesHint')}
            state={state}
          />
          <TextField
            ctx={ctx}
            form={form}
            name="interpretation"
            label={t('events.field.interpretation')}
            hint={t('events.field.languagesHint')}
            state={state}
          />
          <MultiSelectField
            ctx={ctx}
            form={form}
            name="themes"
            label={t('events.field.themes')}
            state={state}
            options={conceptsOf('theme').map((c) => ({ value: c.id, label: c.labels[locale] }))}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="relatedPractices"
            label={t('events.field.relatedPractices')}
            hint={t('events.field.slugsHint')}
            state={state}
            rows={2}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="relatedCommitments"
            label={t('events.field.relatedCommitments')}
            hint={t('events.field.slugsHint')}
            state={state}
            rows={2}
          />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.translation')}</legend>
          <p class="hint">{t('events.form.translationHint')}</p>
          <SelectField
            ctx={ctx}
            form={form}
            name="translationLanguage"
            label={t('events.field.translationLanguage')}
            state={state}
            placeholder={t('events.form.none')}
            options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
          />
          <TextField
            ctx={ctx}
            form={form}
            name="translationTitle"
            label={t('events.field.title')}
            state={state}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="translationSummary"
            label={t('events.field.summary')}
            state={state}
            rows={3}
          />
          <TextAreaField
            ctx={ctx}
            form={form}
            name="translationDescription"
            label={t('events.field.description')}
            state={state}
            rows={6}
          />
        </fieldset>
        <button type="submit">{props.isNew ? t('events.form.create') : t('events.form.save')}</button>
      </form>
    </Layout>
  );
}
