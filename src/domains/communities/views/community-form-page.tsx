import { localeTags } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices } from '../../../ui/components/choice-options.ts';
import { FileField } from '../../../ui/components/file-field.tsx';
import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import {
  communityVisibilities,
  descriptionMaxChars,
  joinPolicies,
  nameMaxChars,
} from '../communities.schemas.ts';

/** Creating a community (the secretariat) or proposing one (any signed-in member). */
export function CommunityFormPage({
  ctx,
  state,
  isSecretariat,
}: {
  ctx: TViewContext;
  state: TFormState;
  isSecretariat: boolean;
}) {
  const { t, locale } = ctx;
  const title = isSecretariat ? t('communities.form.createTitle') : t('communities.form.proposeTitle');
  const common = { ctx, form: 'community', state };
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">
        {isSecretariat ? t('communities.form.createLead') : t('communities.form.proposeLead')}
      </p>
      <ErrorSummary ctx={ctx} form="community" state={state} />
      <form novalidate method="post" action={ctx.href('/communities/new')} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <TextField
          {...common}
          name="name"
          label={t('communities.form.name')}
          isRequired
          maxLength={nameMaxChars}
        />
        <TextAreaField
          {...common}
          name="description"
          label={t('communities.form.description')}
          hint={t('communities.form.descriptionHint')}
          rows={5}
          isRequired
          maxLength={descriptionMaxChars}
        />
        <SelectField
          {...common}
          name="language"
          label={t('communities.form.language')}
          options={localeTags.map((tag) => ({ value: tag, label: languageName(locale, tag) }))}
        />
        <SelectField
          {...common}
          name="visibility"
          label={t('communities.form.visibility')}
          hint={t('communities.form.visibilityHint')}
          options={communityVisibilities.map((v) => ({ value: v, label: t(`communities.visibility.${v}`) }))}
        />
        <SelectField
          {...common}
          name="joinPolicy"
          label={t('communities.form.joinPolicy')}
          options={joinPolicies.map((v) => ({ value: v, label: t(`communities.joinPolicy.${v}`) }))}
        />
        <ChoiceList
          {...common}
          name="themes"
          label={t('communities.form.themes')}
          options={[...conceptChoices('theme', locale)].sort(byLabel)}
        />
        <ChoiceList
          {...common}
          name="regions"
          label={t('communities.form.regions')}
          hint={t('communities.form.regionsHint')}
          options={[...conceptChoices('region', locale)].sort(byLabel)}
        />
        <FileField
          {...common}
          name="picture"
          label={t('communities.form.picture')}
          hint={t('communities.form.pictureHint')}
          accept="image/png,image/jpeg,image/webp"
        />
        <TextField
          {...common}
          name="pictureAlt"
          label={t('communities.form.pictureAlt')}
          hint={t('communities.form.pictureAltHint')}
          maxLength={300}
        />
        <p>
          <button type="submit">
            {isSecretariat ? t('communities.form.createSubmit') : t('communities.form.proposeSubmit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
