import { conceptLabel, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import {
  CsrfField,
  ErrorSummary,
  formValues,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { hubLanguageOptions } from '../../../ui/components/record-form-page.tsx';
import { RowFields } from '../../../ui/components/row-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { currencyOptions } from '../commitment-amounts.ts';
import type { TResolvedLink } from '../commitment-links.ts';
import {
  commitmentKinds,
  commitmentLevels,
  commitmentStages,
  kindLabel,
  levelLabel,
  stageLabel,
} from '../commitment-vocabulary.ts';
import type { TCycle } from '../commitments.record.ts';
import { CommitmentsStyles, cycleText } from './commitment-bits.tsx';
import { Group } from './form-controls.tsx';

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

/** The controlled lists chosen from a select each, with the label of each value. */
const vocabularies = [
  { name: 'kind', values: commitmentKinds, labelOf: kindLabel },
  { name: 'stage', values: commitmentStages, labelOf: stageLabel },
  { name: 'level', values: commitmentLevels, labelOf: levelLabel },
] as const;

/** The taxonomy schemes ticked as check boxes: the field, its scheme and its label's key. */
const conceptBoxes = [
  { name: 'fiveR', scheme: 'five_r', label: 'fiveR' },
  { name: 'sdgTargets', scheme: 'sdg_target', label: 'sdg' },
] as const;

/** The inputs of one deliverable row, in order; each sends its name once per row. */
const deliverableColumns = [
  { key: 'title', type: 'text' },
  { key: 'measure', type: 'text' },
  { key: 'target', type: 'text' },
  { key: 'due', type: 'date' },
] as const;

/** Declare or edit a commitment: what, who, where, when, how much, and SMART deliverables. */
export function CommitmentFormPage(props: TCommitmentFormProps) {
  const { ctx, state, mode } = props;
  const { t, i18n, locale } = ctx;
  const title = mode === 'new' ? t('commitments.form.newTitle') : t('commitments.form.editTitle');
  const rows = Math.max(formValues(state, 'd_title').length, formValues(state, 'd_due').length);
  const row = (name: string, index: number) => formValues(state, name)[index] ?? '';
  const common = { ctx, form, state };
  // Labels are the commitments' field names; hints are the form's own words.
  const words = (key: string) =>
    t(key.endsWith('Hint') ? `commitments.form.${key}` : `commitments.field.${key}`);
  const Fields = ({ fields }: { fields: TFieldEntry[] }) => (
    <FormFields {...common} labels={words} fields={fields} />
  );
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
          <Fields
            fields={[
              { select: 'leadOrganizationId', label: 'lead', options: idOptions(props.leadChoices) },
              { choices: 'coMakers', hint: 'coMakersHint', options: idOptions(props.memberChoices) },
            ]}
          />
        </Group>
        <Group legend={t('commitments.form.what')}>
          <Fields
            fields={[
              { select: 'language', options: hubLanguageOptions },
              { text: 'title', isRequired: true },
              { area: 'description', hint: 'descriptionHint', rows: 8 },
              ...vocabularies.map(({ name, values, labelOf }) => ({
                select: name,
                placeholder: t('commitments.form.choose'),
                options: values.map((value) => ({ value, label: labelOf(i18n, value) })),
              })),
            ]}
          />
        </Group>
        <Group legend={t('commitments.form.whereWhen')}>
          <Fields
            fields={[
              { choices: 'countries', hint: 'countriesHint', groups: countryChoiceGroups(locale) },
              {
                select: 'cycleId',
                label: 'cycle',
                options: props.cycles.map((c) => ({ value: c.id, label: cycleText(c) })),
              },
              { text: 'startDate', type: 'date', hint: 'dateHint' },
              { text: 'endDate', type: 'date', hint: 'dateHint' },
            ]}
          />
        </Group>
        <Group legend={t('commitments.form.financing')}>
          <Fields
            fields={[
              { text: 'amount', hint: 'amountHint', inputMode: 'decimal' },
              {
                select: 'currency',
                placeholder: t('commitments.form.noCurrency'),
                options: currencyOptions().map((code) => ({ value: code, label: code })),
              },
            ]}
          />
        </Group>
        <Group legend={t('commitments.form.tags')}>
          {conceptBoxes.map(({ name, scheme, label }) => (
            <CheckboxGroup
              {...common}
              name={name}
              label={t(`commitments.field.${label}`)}
              options={conceptsOf(scheme).map((c) => ({ value: c.id, label: conceptLabel(c.id, locale) }))}
            />
          ))}
          <Fields fields={[{ choices: 'themes', options: conceptChoices('theme', locale) }]} />
        </Group>
        <fieldset>
          <legend>{t('commitments.form.deliverables')}</legend>
          <p class="hint">{t('commitments.form.deliverablesHint')}</p>
          {Array.from({ length: rows + props.blankRows }, (_unused, index) => (
            <fieldset class="deliverable-row">
              <legend>{t('commitments.form.deliverable', { number: index + 1 })}</legend>
              <input type="hidden" name="d_id" value={row('d_id', index)} />
              {deliverableColumns.map(({ key, type }) => (
                <TextField
                  ctx={ctx}
                  form={form}
                  name={`d_${key}_${index}`}
                  inputName={`d_${key}`}
                  type={type}
                  label={t(`commitments.deliverable.${key}`)}
                  state={errorsOnly(state)}
                  value={row(`d_${key}`, index)}
                />
              ))}
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
            <LinkChoices
              ctx={ctx}
              label={t('commitments.form.chosenLinks')}
              links={props.chosenLinks}
              isChosen
            />
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
              <LinkChoices ctx={ctx} label={t('commitments.form.linkResults')} links={props.linkCandidates} />
            )
          ) : null}
        </Group>
        <Group legend={t('commitments.form.links')}>
          {(['practiceLinks', 'eventLinks'] as const).map((name) => {
            const part = name === 'practiceLinks' ? 'practiceLink' : 'eventLink';
            return (
              <RowFields
                {...common}
                name={name}
                legend={t(`commitments.field.${name}`)}
                rowLegend={(n) => t('commitments.form.addressRow', { n })}
                addLabel={t('commitments.form.addAddress')}
                labels={(key) => t(`commitments.form.${key}`)}
                parts={[{ text: part, id: 'url', label: 'address', type: 'url' }]}
              />
            );
          })}
        </Group>
        <Group legend={t('commitments.form.translation')}>
          <p class="hint">{t('commitments.form.translationHint')}</p>
          <FormFields
            {...common}
            labels={(key) => t(`commitments.form.${key}`)}
            fields={[
              {
                select: 'trLanguage',
                label: 'translationLanguage',
                placeholder: t('commitments.form.noTranslation'),
                options: hubLanguageOptions,
              },
              { text: 'trTitle', label: 'translationTitle' },
              { area: 'trDescription', label: 'translationDescription', rows: 5 },
            ]}
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

/** Organisations as options, by id. */
function idOptions(choices: readonly { id: string; name: string }[]) {
  return choices.map((o) => ({ value: o.id, label: o.name }));
}

/** Linked records as check boxes sending "links": the ones already chosen (ticked) or a search's finds. */
function LinkChoices(props: {
  ctx: TViewContext;
  label: string;
  links: readonly TResolvedLink[];
  isChosen?: boolean;
}) {
  const { t } = props.ctx;
  return (
    <ul class="link-choices" aria-label={props.label}>
      {props.links.map((l) => (
        <li>
          <input
            type="checkbox"
            id={`link-${l.value}`}
            name="links"
            value={l.value}
            checked={props.isChosen ?? false}
          />{' '}
          <label for={`link-${l.value}`}>
            <span class="badge">{t(`commitments.link.${l.type}`)}</span> <span dir="auto">{l.title}</span>
            {l.context ? <span dir="auto"> ({l.context})</span> : null}
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Deliverable rows take their values from the row arrays; the state only brings the errors. */
function errorsOnly(state: TFormState): TFormState {
  return { values: {}, errors: state.errors };
}
