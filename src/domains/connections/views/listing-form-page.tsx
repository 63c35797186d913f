import { locales } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TListingOrganization } from '../connections.record.ts';
import { helpKinds, listingLimits, type TListingKind, workingLanguageTags } from '../connections.schemas.ts';

/** Publishing or editing an offer or a need. */
export function ListingFormPage(props: {
  ctx: TViewContext;
  kind: TListingKind;
  state: TFormState;
  action: string;
  version: number | null;
  organizations: readonly TListingOrganization[];
}) {
  const { ctx, kind, state } = props;
  const { t, locale } = ctx;
  const form = 'listing';
  const common = { ctx, form, state };
  const isNew = props.version === null;
  const title = t(isNew ? `connections.form.new.${kind}` : `connections.form.edit.${kind}`);
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{t(`connections.form.lead.${kind}`)}</p>
      <form method="post" action={props.action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {props.version !== null ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        <ErrorSummary ctx={ctx} form={form} state={state} />
        {isNew ? (
          <SelectField
            {...common}
            name="organizationId"
            label={t('connections.field.organization')}
            placeholder={props.organizations.length === 1 ? undefined : t('connections.form.choose')}
            options={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        <SelectField
          {...common}
          name="helpKind"
          label={t(`connections.field.helpKind.${kind}`)}
          placeholder={t('connections.form.choose')}
          options={helpKinds.map((h) => ({ value: h, label: t(`connections.help.${h}`) }))}
        />
        <TextField
          {...common}
          name="title"
          label={t('connections.field.title')}
          hint={t(`connections.field.titleHint.${kind}`)}
          isRequired
          maxLength={listingLimits.title}
        />
        <TextAreaField
          {...common}
          name="description"
          label={t('connections.field.description')}
          hint={t('connections.field.descriptionHint')}
          rows={8}
          isRequired
        />
        <SelectField
          {...common}
          name="language"
          label={t('connections.field.language')}
          placeholder={t('connections.form.detectLanguage')}
          options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
        />
        <ChoiceList
          {...common}
          name="concepts"
          label={t('connections.field.themes')}
          hint={t('connections.field.themesHint')}
          groups={[
            { label: t('connections.field.themesGroup'), options: conceptChoices('theme', locale) },
            { label: t('connections.field.populationsGroup'), options: conceptChoices('population', locale) },
          ]}
        />
        <fieldset>
          <legend>{t('connections.field.where')}</legend>
          <ChoiceList
            {...common}
            name="countries"
            label={t('connections.field.countries')}
            groups={countryChoiceGroups(locale)}
          />
          <ChoiceList
            {...common}
            name="regions"
            label={t('connections.field.regions')}
            options={conceptChoices('region', locale)}
          />
          <CheckboxField {...common} name="isAnywhere" label={t('connections.field.anywhere')} />
        </fieldset>
        <CheckboxGroup
          {...common}
          name="workingLanguages"
          label={t('connections.field.workingLanguages')}
          options={workingLanguageTags.map((tag) => ({ value: tag, label: languageName(locale, tag) }))}
        />
        <TextField
          {...common}
          name="openUntil"
          type="date"
          label={t('connections.field.openUntil')}
          hint={t('connections.field.openUntilHint')}
        />
        <p>
          <button type="submit">{t(isNew ? 'connections.form.publish' : 'connections.form.save')}</button>
        </p>
      </form>
    </Layout>
  );
}
