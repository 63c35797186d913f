import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { hubLanguageOptions, RecordFormPage } from '../../../ui/components/record-form-page.tsx';
import { RowFields, type TRowPart } from '../../../ui/components/row-fields.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { campaignScopes } from '../campaigns.schemas.ts';

/** A material's inputs in its row: the part it sends, the end of its id, and what else it needs. */
const materialParts: readonly TRowPart[] = [
  { text: 'materialTitle', id: 'title' },
  { text: 'materialUrl', id: 'url', type: 'url' },
  { text: 'materialAlt', id: 'alt', hint: 'materialAltHint' },
];

/** Writing or editing a campaign. */
export function CampaignFormPage({
  ctx,
  state,
  action,
  isNew,
  version,
  organizationChoices,
  canLeaveOrganizationEmpty,
}: {
  ctx: TViewContext;
  state: TFormState;
  action: string;
  isNew: boolean;
  version: number | null;
  organizationChoices: readonly { slug: string; name: string }[];
  canLeaveOrganizationEmpty: boolean;
}) {
  const { t, locale } = ctx;
  const form = 'campaign';
  const common = { ctx, form, state };
  const title = isNew ? t('campaigns.form.newTitle') : t('campaigns.form.editTitle');
  const choose = t('campaigns.choose');
  const materials = (
    <RowFields
      {...common}
      name="materials"
      legend={t('campaigns.materials')}
      hint={t('campaigns.field.materialRowsHint')}
      rowLegend={(n) => t('campaigns.field.materialRow', { n })}
      addLabel={t('campaigns.field.addMaterial')}
      labels={(key) => t(`campaigns.field.${key}`)}
      parts={materialParts}
    />
  );
  const fields: TFieldEntry[] = [
    { text: 'title', isRequired: true },
    { area: 'goal', rows: 3, isRequired: true },
    { area: 'callToAction', rows: 2, isRequired: true },
    { area: 'body', rows: 8 },
    { select: 'language', placeholder: choose, options: hubLanguageOptions },
    {
      select: 'scope',
      placeholder: choose,
      options: campaignScopes.map((s) => ({ value: s, label: t(`campaigns.scope.${s}`) })),
    },
    { choices: 'countries', hint: 'countriesHint', groups: countryChoiceGroups(locale) },
    {
      element: (
        <ChoiceList
          {...common}
          name="themes"
          label={t('campaigns.themes')}
          options={conceptChoices('theme', locale)}
        />
      ),
    },
    { text: 'startsOn', type: 'date', hint: 'dateHint' },
    { text: 'endsOn', type: 'date', hint: 'dateHint' },
    { element: materials },
    { text: 'imageUrl' },
    { text: 'imageAlt' },
    {
      select: 'organization',
      placeholder: canLeaveOrganizationEmpty ? t('campaigns.alliance') : choose,
      options: organizationChoices.map((o) => ({ value: o.slug, label: o.name })),
    },
  ];
  return (
    <RecordFormPage
      {...common}
      title={title}
      action={action}
      version={version}
      submitLabel={isNew ? t('campaigns.form.create') : t('campaigns.form.save')}
    >
      <FormFields {...common} labels={(key) => t(`campaigns.field.${key}`)} fields={fields} />
    </RecordFormPage>
  );
}
