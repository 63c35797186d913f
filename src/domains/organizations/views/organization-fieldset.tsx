import { locales } from '../../../i18n/locales.ts';
import {
  scopeLabel,
  scopes,
  stakeholderTypeLabel,
  stakeholderTypes,
} from '../../../taxonomy/organization-vocabulary.ts';
import { countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { PlaceMap } from '../../../ui/components/place-picker.tsx';
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
  const limits = organizationLimits;
  const choose = t('organizations.form.choose');
  const typeOptions = stakeholderTypes.map((value) => ({ value, label: stakeholderTypeLabel(i18n, value) }));
  const scopeOptions = scopes.map((value) => ({ value, label: scopeLabel(i18n, value) }));
  const languageOptions = locales.map((l) => ({ value: l.tag, label: l.endonym }));
  const nameVariants = (
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
          maxLength={limits.name}
        />
      ))}
    </details>
  );
  const cityMap = <PlaceMap ctx={ctx} id={`${form}-city`} name="city" values={state.values} isCityField />;
  const fields: TFieldEntry[] = [
    { text: 'name', hint: 'nameHint', maxLength: limits.name, autocomplete: 'organization' },
    { text: 'acronym', maxLength: limits.acronym },
    { element: nameVariants },
    { select: 'stakeholderType', placeholder: choose, options: typeOptions },
    { select: 'scope', placeholder: choose, options: scopeOptions },
    { choices: 'countries', hint: 'countriesHint', groups: countryChoiceGroups(ctx.locale) },
    { text: 'city', maxLength: limits.city },
    { element: cityMap },
    { text: 'website', hint: 'websiteHint', maxLength: limits.website, autocomplete: 'url' },
    { area: 'description', hint: 'descriptionHint', maxLength: limits.description },
    {
      select: 'descriptionLanguage',
      placeholder: t('organizations.form.sameAsPage'),
      options: languageOptions,
    },
    { text: 'publicEmail', type: 'email', hint: 'publicContactHint', maxLength: limits.email },
    { text: 'publicPhone', maxLength: limits.phone },
  ];
  return (
    <fieldset>
      <legend>{t('organizations.form.organizationLegend')}</legend>
      <FormFields
        ctx={ctx}
        form={form}
        state={state}
        labels={(k) => t(`organizations.field.${k}`)}
        fields={fields}
      />
    </fieldset>
  );
}
