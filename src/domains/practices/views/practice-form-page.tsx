import { languageName } from '../../../i18n/names.ts';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { PlacePicker, type TPlaceValue } from '../../../ui/components/place-picker.tsx';
import { RowFields, type TRowPart } from '../../../ui/components/row-fields.tsx';
import type { TOption } from '../../../ui/components/select-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { contentLanguages } from '../practice-display.ts';
import type { TMemberChoice } from '../practice-record.ts';
import { conceptIdsOf, labelOfConcept, type TPracticeScheme } from '../practice-taxonomy.ts';
import {
  dependantKinds,
  employmentStatuses,
  evidenceKinds,
  implementerRoles,
  practiceKinds,
  practiceScopes,
} from '../practice-vocabulary.ts';
import { Fieldset } from './practice-form-fields.tsx';

export type TPracticeFormProps = {
  ctx: TViewContext;
  state: TFormState;
  /** Absent for a new practice. */
  slug?: string;
  title: string;
  /** Member organisations, suggested in the implementer rows. */
  members: readonly TMemberChoice[];
  /** Places found for the city typed (the no-script "Find the place"), or null. */
  placeCandidates?: readonly TPlaceValue[] | null;
};

const form = 'practice';
const membersListId = `${form}-member-names`;

/**
 * The practice form's row lists (the names "Add another" sends, as in practiceRowLists): the keys of
 * their words under `practices.form.` and the parts of a row (each part's label key is its name).
 */
const rowLists = {
  implementers: {
    legend: 'implementers',
    hint: 'implementersHint',
    row: 'implementerRow',
    add: 'addImplementer',
  },
  evidence: { legend: 'evidence', hint: 'evidenceRowsHint', row: 'evidenceRow', add: 'addEvidence' },
  links: { legend: 'links', hint: undefined, row: 'linkRow', add: 'addLink' },
  residencePlaces: {
    legend: 'residence',
    hint: 'residenceRowsHint',
    row: 'residenceRow',
    add: 'addResidence',
  },
} as const;

/** A vocabulary's values as options, each labelled by its key under `practices.{prefix}.`. */
function vocabularyOptions(ctx: TViewContext, values: readonly string[], prefix: string): TOption[] {
  return values.map((value) => ({ value, label: ctx.t(`practices.${prefix}.${value}`) }));
}

/** The parts of each row list's rows, in order. */
function rowParts(ctx: TViewContext): Record<keyof typeof rowLists, readonly TRowPart[]> {
  const vocabulary = (values: readonly string[], prefix: string) => vocabularyOptions(ctx, values, prefix);
  return {
    implementers: [
      {
        text: 'implementerName',
        id: 'name',
        hint: 'implementerNameHint',
        list: membersListId,
        autocomplete: 'off',
        maxLength: 300,
      },
      { select: 'implementerRole', id: 'role', options: vocabulary(implementerRoles, 'role') },
      { text: 'implementerUrl', id: 'url', type: 'url' },
    ],
    evidence: [
      { select: 'evidenceKind', id: 'kind', options: vocabulary(evidenceKinds, 'evidenceKind') },
      { text: 'evidenceTitle', id: 'title', maxLength: 300 },
      { text: 'evidenceUrl', id: 'url', type: 'url' },
      { text: 'evidenceYear', id: 'year', inputMode: 'numeric' },
      { hidden: 'evidenceSummary' },
    ],
    links: [
      { text: 'linkLabel', id: 'label', maxLength: 300 },
      { text: 'linkUrl', id: 'url', type: 'url' },
    ],
    residencePlaces: [{ text: 'residencePlace', id: 'place', maxLength: 300 }],
  };
}

/** Writing or editing a practice: one page, grouped in fieldsets, every hint translated. */
export function PracticeFormPage({
  ctx,
  state,
  slug,
  title,
  members,
  placeCandidates = null,
}: TPracticeFormProps) {
  const { t, locale } = ctx;
  const action = slug ? ctx.href(`/practices/${encodeURIComponent(slug)}`) : ctx.href('/practices');
  const common = { ctx, form, state };
  const labels = (key: string) => t(`practices.form.${key}`);
  const choose = labels('choose');
  const vocabulary = (values: readonly string[], prefix: string) => vocabularyOptions(ctx, values, prefix);
  const conceptOptions = (scheme: TPracticeScheme) =>
    conceptIdsOf(scheme).map((id) => ({ value: id, label: labelOfConcept(id, locale) }));
  /** A field written as its own component: the form's binding, its name and its label. */
  const named = (name: string, label = name) => ({ ...common, name, label: labels(label) });
  const boxes = (name: string, options: readonly TOption[], label = name): TFieldEntry => ({
    element: <CheckboxGroup {...named(name, label)} options={options} />,
  });
  const parts = rowParts(ctx);
  const rows = (name: keyof typeof rowLists): TFieldEntry => {
    const words = rowLists[name];
    return {
      element: (
        <RowFields
          {...common}
          name={name}
          legend={labels(words.legend)}
          hint={words.hint && labels(words.hint)}
          rowLegend={(n) => t(`practices.form.${words.row}`, { n })}
          addLabel={labels(words.add)}
          labels={labels}
          parts={parts[name]}
        />
      ),
    };
  };
  const cityPicker = (
    <PlacePicker
      {...named('cities')}
      hint={labels('citiesHint')}
      candidates={placeCandidates}
      searchUrl={ctx.href('/places/find')}
    />
  );
  const memberNames = (
    <datalist id={membersListId}>
      {members.map((m) => (
        <option value={m.name}>{m.acronym ?? ''}</option>
      ))}
    </datalist>
  );
  const groups: readonly { legend: string; fields: readonly TFieldEntry[] }[] = [
    {
      legend: 'about',
      fields: [
        { select: 'kind', placeholder: choose, options: vocabulary(practiceKinds, 'kind') },
        {
          select: 'language',
          hint: 'languageHint',
          options: contentLanguages.map((l) => ({ value: l, label: languageName(locale, l) })),
        },
        { text: 'title', isRequired: true, maxLength: 300 },
        { area: 'summary', rows: 3, maxLength: 2000 },
        { area: 'body', hint: 'bodyHint', rows: 12, maxLength: 50000 },
      ],
    },
    {
      legend: 'where',
      fields: [
        { choices: 'countries', hint: 'countriesHint', groups: countryChoiceGroups(locale) },
        { element: cityPicker },
        { select: 'scope', placeholder: choose, options: vocabulary(practiceScopes, 'scope') },
        { text: 'startDate', hint: 'dateHint' },
        { text: 'endDate', hint: 'dateHint' },
        boxes('isOngoing', [{ value: 'on', label: labels('ongoing') }], 'ongoingLegend'),
      ],
    },
    {
      legend: 'who',
      fields: [
        rows('implementers'),
        { element: memberNames },
        { choices: 'populations', options: conceptChoices('population', locale) },
        { area: 'beneficiaries', rows: 3 },
        rows('residencePlaces'),
        boxes('employment', vocabulary(employmentStatuses, 'employment')),
        boxes('caringFor', vocabulary(dependantKinds, 'dependant')),
        { area: 'eligibilityOther', rows: 2 },
      ],
    },
    {
      legend: 'topics',
      fields: [
        { choices: 'themes', options: conceptChoices('theme', locale) },
        boxes('fiveR', conceptOptions('five_r')),
        boxes('sdgTargets', conceptOptions('sdg_target')),
      ],
    },
    {
      legend: 'evidenceLegend',
      fields: [
        rows('evidence'),
        rows('links'),
        { text: 'contactName' },
        { text: 'contactEmail', type: 'email' },
        { text: 'contactPhone' },
        { text: 'contactUrl' },
        { text: 'contactAddress', hint: 'contactAddressHint', autocomplete: 'street-address' },
      ],
    },
  ];
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form method="post" action={action} class="stack wide" novalidate>
        <CsrfField ctx={ctx} />
        {slug ? <input type="hidden" name="version" value={String(state.values.version ?? '')} /> : null}
        {groups.map((group) => (
          <Fieldset legend={labels(group.legend)}>
            <FormFields {...common} labels={labels} fields={group.fields} />
          </Fieldset>
        ))}
        <FormFields {...common} labels={labels} fields={[{ text: 'note', hint: 'noteHint' }]} />
        <button type="submit">{slug ? labels('save') : labels('create')}</button>
      </form>
    </Layout>
  );
}
