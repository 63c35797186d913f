import { locales } from '../../../i18n/locales.ts';
import { conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { MultiSelectField, SelectField, TextAreaField } from '../../membership/views/form-fields.tsx';
import { countriesSorted } from '../../organizations/organization-vocabulary.ts';
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
  const title = isNew ? t('campaigns.form.newTitle') : t('campaigns.form.editTitle');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <form method="post" action={action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {version !== null ? <input type="hidden" name="version" value={String(version)} /> : null}
        <ErrorSummary ctx={ctx} form={form} state={state} />
        <TextField
          ctx={ctx}
          form={form}
          name="title"
          label={t('campaigns.field.title')}
          state={state}
          isRequired
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="goal"
          label={t('campaigns.field.goal')}
          state={state}
          rows={3}
          isRequired
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="callToAction"
          label={t('campaigns.field.callToAction')}
          state={state}
          rows={2}
          isRequired
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="body"
          label={t('campaigns.field.body')}
          state={state}
          rows={8}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="language"
          label={t('campaigns.field.language')}
          state={state}
          placeholder={t('campaigns.choose')}
          options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="scope"
          label={t('campaigns.field.scope')}
          state={state}
          placeholder={t('campaigns.choose')}
          options={campaignScopes.map((s) => ({ value: s, label: t(`campaigns.scope.${s}`) }))}
        />
        <MultiSelectField
          ctx={ctx}
          form={form}
          name="countries"
          label={t('campaigns.field.countries')}
          hint={t('campaigns.field.countriesHint')}
          state={state}
          options={countriesSorted(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <MultiSelectField
          ctx={ctx}
          form={form}
          name="themes"
          label={t('campaigns.themes')}
          state={state}
          options={conceptsOf('theme').map((c) => ({ value: c.id, label: c.labels[locale] }))}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="startsOn"
          label={t('campaigns.field.startsOn')}
          hint={t('campaigns.field.dateHint')}
          state={state}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="endsOn"
          label={t('campaigns.field.endsOn')}
          hint={t('campaigns.field.dateHint')}
          state={state}
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="materials"
          label={t('campaigns.materials')}
          hint={t('campaigns.field.materialsHint')}
          state={state}
          rows={4}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="imageUrl"
          label={t('campaigns.field.imageUrl')}
          state={state}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="imageAlt"
          label={t('campaigns.field.imageAlt')}
          state={state}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="organization"
          label={t('campaigns.field.organization')}
          state={state}
          placeholder={canLeaveOrganizationEmpty ? t('campaigns.alliance') : t('campaigns.choose')}
          options={organizationChoices.map((o) => ({ value: o.slug, label: o.name }))}
        />
        <button type="submit">{isNew ? t('campaigns.form.create') : t('campaigns.form.save')}</button>
      </form>
    </Layout>
  );
}
