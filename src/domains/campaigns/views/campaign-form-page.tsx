import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { DateFields, RecordFormPage, RecordLanguageField } from '../../../ui/components/record-form-page.tsx';
import { RepeatableRows, rowValue } from '../../../ui/components/repeatable-rows.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { campaignScopes } from '../campaigns.schemas.ts';

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
  return (
    <RecordFormPage
      {...common}
      title={title}
      action={action}
      version={version}
      submitLabel={isNew ? t('campaigns.form.create') : t('campaigns.form.save')}
    >
      <TextField {...common} name="title" label={t('campaigns.field.title')} isRequired />
      <TextAreaField {...common} name="goal" label={t('campaigns.field.goal')} rows={3} isRequired />
      <TextAreaField
        {...common}
        name="callToAction"
        label={t('campaigns.field.callToAction')}
        rows={2}
        isRequired
      />
      <TextAreaField {...common} name="body" label={t('campaigns.field.body')} rows={8} />
      <RecordLanguageField
        {...common}
        label={t('campaigns.field.language')}
        placeholder={t('campaigns.choose')}
      />
      <SelectField
        {...common}
        name="scope"
        label={t('campaigns.field.scope')}
        placeholder={t('campaigns.choose')}
        options={campaignScopes.map((s) => ({ value: s, label: t(`campaigns.scope.${s}`) }))}
      />
      <ChoiceList
        {...common}
        name="countries"
        label={t('campaigns.field.countries')}
        hint={t('campaigns.field.countriesHint')}
        groups={countryChoiceGroups(locale)}
      />
      <ChoiceList
        {...common}
        name="themes"
        label={t('campaigns.themes')}
        options={conceptChoices('theme', locale)}
      />
      <DateFields
        {...common}
        dates={(['startsOn', 'endsOn'] as const).map((name) => ({
          name,
          label: t(`campaigns.field.${name}`),
        }))}
        hint={t('campaigns.field.dateHint')}
      />
      <RepeatableRows
        {...common}
        name="materials"
        legend={t('campaigns.materials')}
        hint={t('campaigns.field.materialRowsHint')}
        rowLegend={(n) => t('campaigns.field.materialRow', { n })}
        addLabel={t('campaigns.field.addMaterial')}
        parts={['materialTitle', 'materialUrl', 'materialAlt']}
        row={(index) => (
          <>
            <TextField
              {...common}
              name={`materials-${index}-title`}
              inputName="materialTitle"
              value={rowValue(state, 'materialTitle', index)}
              label={t('campaigns.field.materialTitle')}
            />
            <TextField
              {...common}
              name={`materials-${index}-url`}
              inputName="materialUrl"
              value={rowValue(state, 'materialUrl', index)}
              type="url"
              label={t('campaigns.field.materialUrl')}
            />
            <TextField
              {...common}
              name={`materials-${index}-alt`}
              inputName="materialAlt"
              value={rowValue(state, 'materialAlt', index)}
              label={t('campaigns.field.materialAlt')}
              hint={t('campaigns.field.materialAltHint')}
            />
          </>
        )}
      />
      <TextField {...common} name="imageUrl" label={t('campaigns.field.imageUrl')} />
      <TextField {...common} name="imageAlt" label={t('campaigns.field.imageAlt')} />
      <SelectField
        {...common}
        name="organization"
        label={t('campaigns.field.organization')}
        placeholder={canLeaveOrganizationEmpty ? t('campaigns.alliance') : t('campaigns.choose')}
        options={organizationChoices.map((o) => ({ value: o.slug, label: o.name }))}
      />
    </RecordFormPage>
  );
}
