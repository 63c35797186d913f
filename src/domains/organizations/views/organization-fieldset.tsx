import { locales } from '../../../i18n/locales.ts';
import {
  scopeLabel,
  scopes,
  stakeholderTypeLabel,
  stakeholderTypes,
} from '../../../taxonomy/organization-vocabulary.ts';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { PlaceMap } from '../../../ui/components/place-picker.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { organizationLimits } from '../organizations.schemas.ts';

/** The organisation's public details, as the application form and the profile editor ask for them. */
export function OrganizationFieldset({
  ctx,
  form,
  state,
}: {
  ctx: TViewContext;
  form: string;
  state: TFormState;
}) {
  const { t, i18n } = ctx;
  return (
    <fieldset>
      <legend>{t('organizations.form.organizationLegend')}</legend>
      <TextField
        ctx={ctx}
        form={form}
        name="name"
        label={t('organizations.field.name')}
        hint={t('organizations.field.nameHint')}
        state={state}
        maxLength={organizationLimits.name}
        autocomplete="organization"
      />
      <TextField
        ctx={ctx}
        form={form}
        name="acronym"
        label={t('organizations.field.acronym')}
        state={state}
        maxLength={organizationLimits.acronym}
      />
      <details class="name-variants">
        <summary>{t('organizations.field.nameVariants')}</summary>
        <p class="hint">{t('organizations.field.nameVariantsHint')}</p>
        {locales.map((l) => (
          <TextField
            ctx={ctx}
            form={form}
            name={`name_${l.tag}`}
            label={t('organizations.field.nameIn', { language: l.endonym })}
            state={state}
            maxLength={organizationLimits.name}
          />
        ))}
      </details>
      <SelectField
        ctx={ctx}
        form={form}
        name="stakeholderType"
        label={t('organizations.field.stakeholderType')}
        state={state}
        placeholder={t('organizations.form.choose')}
        options={stakeholderTypes.map((value) => ({ value, label: stakeholderTypeLabel(i18n, value) }))}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="scope"
        label={t('organizations.field.scope')}
        state={state}
        placeholder={t('organizations.form.choose')}
        options={scopes.map((value) => ({ value, label: scopeLabel(i18n, value) }))}
      />
      <ChoiceList
        ctx={ctx}
        form={form}
        name="countries"
        label={t('organizations.field.countries')}
        hint={t('organizations.field.countriesHint')}
        state={state}
        groups={countryChoiceGroups(ctx.locale)}
      />
      <TextField
        ctx={ctx}
        form={form}
        name="city"
        label={t('organizations.field.city')}
        state={state}
        maxLength={organizationLimits.city}
      />
      <PlaceMap ctx={ctx} id={`${form}-city`} name="city" values={state.values} isCityField />
      <TextField
        ctx={ctx}
        form={form}
        name="website"
        label={t('organizations.field.website')}
        hint={t('organizations.field.websiteHint')}
        state={state}
        maxLength={organizationLimits.website}
        autocomplete="url"
      />
      <TextAreaField
        ctx={ctx}
        form={form}
        name="description"
        label={t('organizations.field.description')}
        hint={t('organizations.field.descriptionHint')}
        state={state}
        maxLength={organizationLimits.description}
      />
      <SelectField
        ctx={ctx}
        form={form}
        name="descriptionLanguage"
        label={t('organizations.field.descriptionLanguage')}
        state={state}
        placeholder={t('organizations.form.sameAsPage')}
        options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
      />
      <TextField
        ctx={ctx}
        form={form}
        name="publicEmail"
        type="email"
        label={t('organizations.field.publicEmail')}
        hint={t('organizations.field.publicContactHint')}
        state={state}
        maxLength={organizationLimits.email}
      />
      <TextField
        ctx={ctx}
        form={form}
        name="publicPhone"
        label={t('organizations.field.publicPhone')}
        state={state}
        maxLength={organizationLimits.phone}
      />
    </fieldset>
  );
}
