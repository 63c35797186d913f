import { locales } from '../../../i18n/locales.ts';
import { countriesSorted } from '../../../i18n/names.ts';
import { formatOffset } from '../../../platform/time-zones.ts';
import { conceptChoices, languageChoices } from '../../../ui/components/choice-options.ts';
import { DateTimeField, dateTimeSummaryTargets } from '../../../ui/components/date-time-field.tsx';
import { ErrorSummary, formValue, formValues, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { PlacePicker, type TPlaceValue } from '../../../ui/components/place-picker.tsx';
import { RowFields } from '../../../ui/components/row-fields.tsx';
import type { TOption } from '../../../ui/components/select-field.tsx';
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
  const at = { time: problem.local.slice(11, 16), date: problem.local.slice(0, 10) };
  // A gap offers the valid times around it; an overlap asks which of the two moments is meant.
  const choices =
    problem.kind === 'gap'
      ? [problem.later, problem.earlier].map((choice, i) => ({
          id: `event-${field}Fix-${i}`,
          name: `${field}Fix`,
          value: choice.local,
          label: choiceLabel(ctx, choice),
        }))
      : (['earlier', 'later'] as const).map((which) => ({
          id: `event-${field}Occurrence-${which}`,
          name: `${field}Occurrence`,
          value: which,
          label: t(`events.form.occurrence.${which}`, {
            time: at.time,
            offset: `UTC${formatOffset(problem[which].offsetMinutes)}`,
          }),
        }));
  return (
    <fieldset class="timing-choices" aria-describedby={legendId}>
      <legend id={legendId}>
        {t(problem.kind === 'gap' ? 'events.form.gapExplained' : 'events.form.overlapExplained', at)}
      </legend>
      {choices.map((choice, i) => (
        <div class="field checkbox">
          <input id={choice.id} type="radio" name={choice.name} value={choice.value} checked={i === 0} />
          <label for={choice.id}>{choice.label}</label>
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
  const fieldsOf = { ...common, labels: (key: string) => t(`events.field.${key}`) };
  const choose = t('events.form.choose');
  const none = t('events.form.none');
  const languageOptions = locales.map((l) => ({ value: l.tag, label: l.endonym }));
  const vocabulary = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const whatFields: readonly TFieldEntry[] = [
    { text: 'title', isRequired: true, maxLength: eventLimits.title },
    { area: 'summary', rows: 3, isRequired: true, maxLength: eventLimits.summary },
    { area: 'description', rows: 8, maxLength: eventLimits.description },
    { select: 'language', placeholder: choose, options: languageOptions },
    { select: 'kind', placeholder: choose, options: vocabulary(eventKinds, 'events.kind') },
    { select: 'format', placeholder: choose, options: vocabulary(eventFormats, 'events.format') },
  ];
  const zoneFields: readonly TFieldEntry[] = [
    {
      select: 'timeZone',
      hint: 'timeZoneHint',
      options: [],
      groups: timeZoneChoices(ctx, props.now),
      filterLabel: t('common.pickers.zoneFilter'),
      isRequired: true,
    },
  ];
  const whereFields: readonly TFieldEntry[] = [
    { text: 'venue' },
    { text: 'address' },
    {
      element: (
        <PlacePicker
          {...common}
          name="place"
          isSingle
          label={t('events.field.city')}
          hint={t('events.field.placeHint')}
          candidates={props.placeCandidates ?? null}
          searchUrl={ctx.href('/places/find')}
        />
      ),
    },
    {
      select: 'countryCode',
      label: 'country',
      hint: 'countryHint',
      placeholder: none,
      options: countriesSorted(locale).map((c) => ({ value: c.code, label: c.name })),
    },
    { text: 'onlineUrl', type: 'url' },
    { check: 'isOnlineUrlPrivate' },
  ];
  const registrationFields: readonly TFieldEntry[] = [
    {
      select: 'registrationMode',
      placeholder: choose,
      options: vocabulary(registrationModes, 'events.registration'),
    },
    { text: 'registrationUrl', type: 'url' },
    { text: 'capacity', type: 'number', min: '1', hint: 'capacityHint' },
    {
      element: (
        <RowFields
          {...fieldsOf}
          name="questions"
          legend={t('events.field.questions')}
          hint={t('events.field.questionRowsHint', { max: maxQuestions })}
          rowLegend={(n) => t('events.field.questionRow', { n })}
          addLabel={t('events.field.addQuestion')}
          parts={[{ text: questionParts[0], id: 'question', maxLength: eventLimits.shortText }]}
          max={maxQuestions}
        />
      ),
    },
  ];
  const related = (
    name: 'relatedPractices' | 'relatedCommitments',
    options: readonly TOption[],
  ): TFieldEntry => ({
    choices: name,
    hint: 'relatedHint',
    options: withChosen(options, formValues(state, name)),
  });
  const whoFields: readonly TFieldEntry[] = [
    { choices: 'organizers', options: props.organizerChoices.map((o) => ({ value: o.slug, label: o.name })) },
    { choices: 'languages', options: languageChoices(locale, formValues(state, 'languages')) },
    { choices: 'interpretation', options: languageChoices(locale, formValues(state, 'interpretation')) },
    { choices: 'themes', options: conceptChoices('theme', locale) },
    related('relatedPractices', props.relatedChoices.practices),
    related('relatedCommitments', props.relatedChoices.commitments),
  ];
  const translationFields: readonly TFieldEntry[] = [
    { select: 'translationLanguage', placeholder: none, options: languageOptions },
    { text: 'translationTitle', label: 'title' },
    { area: 'translationSummary', label: 'summary', rows: 3 },
    { area: 'translationDescription', label: 'description', rows: 6 },
  ];
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
          <FormFields {...fieldsOf} fields={whatFields} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.when')}</legend>
          <FormFields {...fieldsOf} fields={zoneFields} />
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
          <FormFields {...fieldsOf} fields={whereFields} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.registration')}</legend>
          <FormFields {...fieldsOf} fields={registrationFields} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.who')}</legend>
          <FormFields {...fieldsOf} fields={whoFields} />
        </fieldset>
        <fieldset>
          <legend>{t('events.form.translation')}</legend>
          <p class="hint">{t('events.form.translationHint')}</p>
          <FormFields {...fieldsOf} fields={translationFields} />
        </fieldset>
        <button type="submit">{props.isNew ? t('events.form.create') : t('events.form.save')}</button>
      </form>
    </Layout>
  );
}
