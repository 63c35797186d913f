import { locales } from '../../../i18n/locales.ts';
import { conceptLabel, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { countriesSorted } from '../../organizations/organization-vocabulary.ts';
import { currencyOptions } from '../commitment-amounts.ts';
import type { TResolvedLink } from '../commitment-links.ts';
import type { TCycle } from '../commitment-reporting.repository.ts';
import {
  commitmentKinds,
  commitmentLevels,
  commitmentStages,
  kindLabel,
  levelLabel,
  stageLabel,
} from '../commitment-vocabulary.ts';
import { CommitmentsStyles, cycleText } from './commitment-bits.tsx';
import { Checkboxes, Field, Group, Select, TextArea, values } from './form-controls.tsx';

export type TCommitmentFormProps = {
  ctx: TViewContext;
  mode: 'new' | 'edit';
  /** Where the form posts. */
  action: string;
  state: TFormState;
  cycles: TCycle[];
  /** Organisations the writer may declare for (lead). */
  leadChoices: { id: string; name: string }[];
  /** Every member organisation (co-makers). */
  memberChoices: { id: string; name: string }[];
  /** How many empty deliverable rows to offer after the filled ones. */
  blankRows: number;
  /** Records already chosen for the link pickers (kept across re-renders). */
  chosenLinks: TResolvedLink[];
  /** What the last picker search found (null: no search made). */
  linkCandidates: TResolvedLink[] | null;
};

const form = 'commitment';

/** Declare or edit a commitment: what, who, where, when, how much, and SMART deliverables. */
export function CommitmentFormPage(props: TCommitmentFormProps) {
  const { ctx, state, mode } = props;
  const { t, i18n, locale } = ctx;
  const title = mode === 'new' ? t('commitments.form.newTitle') : t('commitments.form.editTitle');
  const rows = Math.max(values(state, 'd_title').length, values(state, 'd_due').length);
  const row = (name: string, index: number) => values(state, name)[index] ?? '';
  const languageChoices = locales.map((l) => ({ value: l.tag, label: l.endonym }));
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <CommitmentsStyles />
      <h1>{title}</h1>
      <p class="lead">{t('commitments.form.lead')}</p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form method="post" action={props.action} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {state.values.version ? (
          <input type="hidden" name="version" value={String(state.values.version)} />
        ) : null}
        <Group legend={t('commitments.form.who')}>
          <Select
            ctx={ctx}
            form={form}
            name="leadOrganizationId"
            label={t('commitments.field.lead')}
            state={state}
            choices={props.leadChoices.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Select
            ctx={ctx}
            form={form}
            name="coMakers"
            label={t('commitments.field.coMakers')}
            state={state}
            hint={t('commitments.form.coMakersHint')}
            isMultiple
            size={6}
            choices={props.memberChoices.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Group>
        <Group legend={t('commitments.form.what')}>
          <Select
            ctx={ctx}
            form={form}
            name="language"
            label={t('commitments.field.language')}
            state={state}
            choices={languageChoices}
          />
          <Field
            ctx={ctx}
            form={form}
            name="title"
            label={t('commitments.field.title')}
            state={state}
            isRequired
          />
          <TextArea
            ctx={ctx}
            form={form}
            name="description"
            label={t('commitments.field.description')}
            state={state}
            hint={t('commitments.form.descriptionHint')}
            rows={8}
          />
          <Select
            ctx={ctx}
            form={form}
            name="kind"
            label={t('commitments.field.kind')}
            state={state}
            emptyLabel={t('commitments.form.choose')}
            choices={commitmentKinds.map((k) => ({ value: k, label: kindLabel(i18n, k) }))}
          />
          <Select
            ctx={ctx}
            form={form}
            name="stage"
            label={t('commitments.field.stage')}
            state={state}
            emptyLabel={t('commitments.form.choose')}
            choices={commitmentStages.map((s) => ({ value: s, label: stageLabel(i18n, s) }))}
          />
          <Select
            ctx={ctx}
            form={form}
            name="level"
            label={t('commitments.field.level')}
            state={state}
            emptyLabel={t('commitments.form.choose')}
            choices={commitmentLevels.map((l) => ({ value: l, label: levelLabel(i18n, l) }))}
          />
        </Group>
        <Group legend={t('commitments.form.whereWhen')}>
          <Select
            ctx={ctx}
            form={form}
            name="countries"
            label={t('commitments.field.countries')}
            state={state}
            hint={t('commitments.form.countriesHint')}
            isMultiple
            size={8}
            choices={countriesSorted(locale).map((c) => ({ value: c.code, label: c.name }))}
          />
          <Select
            ctx={ctx}
            form={form}
            name="cycleId"
            label={t('commitments.field.cycle')}
            state={state}
            choices={props.cycles.map((c) => ({ value: c.id, label: cycleText(c) }))}
          />
          <Field
            ctx={ctx}
            form={form}
            name="startDate"
            type="date"
            label={t('commitments.field.startDate')}
            state={state}
            hint={t('commitments.form.dateHint')}
          />
          <Field
            ctx={ctx}
            form={form}
            name="endDate"
            type="date"
            label={t('commitments.field.endDate')}
            state={state}
            hint={t('commitments.form.dateHint')}
          />
        </Group>
        <Group legend={t('commitments.form.financing')}>
          <Field
            ctx={ctx}
            form={form}
            name="amount"
            label={t('commitments.field.amount')}
            state={state}
            hint={t('commitments.form.amountHint')}
            inputMode="decimal"
          />
          <Select
            ctx={ctx}
            form={form}
            name="currency"
            label={t('commitments.field.currency')}
            state={state}
            emptyLabel={t('commitments.form.noCurrency')}
            choices={currencyOptions().map((code) => ({ value: code, label: code }))}
          />
        </Group>
        <Group legend={t('commitments.form.tags')}>
          <Checkboxes
            ctx={ctx}
            form={form}
            name="fiveR"
            label={t('commitments.field.fiveR')}
            state={state}
            choices={conceptsOf('five_r').map((c) => ({ value: c.id, label: conceptLabel(c.id, locale) }))}
          />
          <Checkboxes
            ctx={ctx}
            form={form}
            name="sdgTargets"
            label={t('commitments.field.sdg')}
            state={state}
            choices={conceptsOf('sdg_target').map((c) => ({
              value: c.id,
              label: conceptLabel(c.id, locale),
            }))}
          />
          <Checkboxes
            ctx={ctx}
            form={form}
            name="themes"
            label={t('commitments.field.themes')}
            state={state}
            choices={conceptsOf('theme').map((c) => ({ value: c.id, label: conceptLabel(c.id, locale) }))}
          />
        </Group>
        <fieldset>
          <legend>{t('commitments.form.deliverables')}</legend>
          <p class="hint">{t('commitments.form.deliverablesHint')}</p>
          {Array.from({ length: rows + props.blankRows }, (_unused, index) => (
            <fieldset class="deliverable-row">
              <legend>{t('commitments.form.deliverable', { number: index + 1 })}</legend>
              <input type="hidden" name="d_id" value={row('d_id', index)} />
              <Field
                ctx={ctx}
                form={form}
                name={`d_title_${index}`}
                inputName="d_title"
                label={t('commitments.deliverable.title')}
                state={errorsOnly(state)}
                value={row('d_title', index)}
              />
              <Field
                ctx={ctx}
                form={form}
                name={`d_measure_${index}`}
                inputName="d_measure"
                label={t('commitments.deliverable.measure')}
                state={errorsOnly(state)}
                value={row('d_measure', index)}
              />
              <Field
                ctx={ctx}
                form={form}
                name={`d_target_${index}`}
                inputName="d_target"
                label={t('commitments.deliverable.target')}
                state={errorsOnly(state)}
                value={row('d_target', index)}
              />
              <Field
                ctx={ctx}
                form={form}
                name={`d_due_${index}`}
                inputName="d_due"
                type="date"
                label={t('commitments.deliverable.due')}
                state={errorsOnly(state)}
                value={row('d_due', index)}
              />
            </fieldset>
          ))}
          <button type="submit" name="intent" value="addRow" class="secondary">
            {t('commitments.form.addDeliverable')}
          </button>
        </fieldset>
        <Group legend={t('commitments.form.linkedRecords')}>
          <p class="hint" id="commitment-links-hint">
            {t('commitments.form.linkedRecordsHint')}
          </p>
          {state.errors.links ? (
            <p class="field-error" id="commitment-links">
              {t(state.errors.links)}
            </p>
          ) : null}
          {props.chosenLinks.length > 0 ? (
            <ul class="link-choices" aria-label={t('commitments.form.chosenLinks')}>
              {props.chosenLinks.map((l) => (
                <li>
                  <input type="checkbox" id={`link-${l.value}`} name="links" value={l.value} checked />{' '}
                  <label for={`link-${l.value}`}>
                    <span class="badge">{t(`commitments.link.${l.type}`)}</span>{' '}
                    <span dir="auto">{l.title}</span>
                    {l.context ? <span dir="auto"> ({l.context})</span> : null}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          <div class="field">
            <label for="commitment-linkQuery">{t('commitments.form.linkSearch')}</label>
            <input
              id="commitment-linkQuery"
              name="linkQuery"
              type="search"
              value={String(state.values.linkQuery ?? '')}
              aria-describedby="commitment-links-hint"
            />
          </div>
          <button type="submit" name="intent" value="findLinks" class="secondary">
            {t('commitments.form.linkFind')}
          </button>
          {props.linkCandidates ? (
            props.linkCandidates.length === 0 ? (
              <p role="status">{t('commitments.form.linkNone')}</p>
            ) : (
              <ul class="link-choices" aria-label={t('commitments.form.linkResults')}>
                {props.linkCandidates.map((l) => (
                  <li>
                    <input type="checkbox" id={`link-${l.value}`} name="links" value={l.value} />{' '}
                    <label for={`link-${l.value}`}>
                      <span class="badge">{t(`commitments.link.${l.type}`)}</span>{' '}
                      <span dir="auto">{l.title}</span>
                      {l.context ? <span dir="auto"> ({l.context})</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </Group>
        <Group legend={t('commitments.form.links')}>
          <TextArea
            ctx={ctx}
            form={form}
            name="practiceLinks"
            label={t('commitments.field.practiceLinks')}
            state={state}
            hint={t('commitments.form.linksHint')}
            rows={3}
          />
          <TextArea
            ctx={ctx}
            form={form}
            name="eventLinks"
            label={t('commitments.field.eventLinks')}
            state={state}
            hint={t('commitments.form.linksHint')}
            rows={3}
          />
        </Group>
        <Group legend={t('commitments.form.translation')}>
          <p class="hint">{t('commitments.form.translationHint')}</p>
          <Select
            ctx={ctx}
            form={form}
            name="trLanguage"
            label={t('commitments.form.translationLanguage')}
            state={state}
            emptyLabel={t('commitments.form.noTranslation')}
            choices={languageChoices}
          />
          <Field
            ctx={ctx}
            form={form}
            name="trTitle"
            label={t('commitments.form.translationTitle')}
            state={state}
          />
          <TextArea
            ctx={ctx}
            form={form}
            name="trDescription"
            label={t('commitments.form.translationDescription')}
            state={state}
            rows={5}
          />
        </Group>
        <p>
          <button type="submit" name="intent" value="save">
            {mode === 'new' ? t('commitments.form.saveDraft') : t('commitments.form.save')}
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** Deliverable rows take their values from the row arrays; the state only brings the errors. */
function errorsOnly(state: TFormState): TFormState {
  return { values: {}, errors: state.errors };
}
