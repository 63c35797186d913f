import { localeTags } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { descriptionMaxChars, nameMaxChars } from '../communities.schemas.ts';
import { accessFields, conceptFields, fieldWords, PictureField } from './community-fields.tsx';

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
  const fields: TFieldEntry[] = [
    { text: 'name', isRequired: true, maxLength: nameMaxChars },
    {
      area: 'description',
      hint: 'descriptionHint',
      rows: 5,
      isRequired: true,
      maxLength: descriptionMaxChars,
    },
    {
      select: 'language',
      options: localeTags.map((tag) => ({ value: tag, label: languageName(locale, tag) })),
    },
    ...accessFields(t, 'visibilityHint'),
    ...conceptFields(locale),
    {
      element: (
        <PictureField
          {...common}
          label={t('communities.form.picture')}
          hint={t('communities.form.pictureHint')}
        />
      ),
    },
    { text: 'pictureAlt', hint: 'pictureAltHint', maxLength: 300 },
  ];
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">
        {isSecretariat ? t('communities.form.createLead') : t('communities.form.proposeLead')}
      </p>
      <ErrorSummary ctx={ctx} form="community" state={state} />
      <form novalidate method="post" action={ctx.href('/communities/new')} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <FormFields {...common} labels={fieldWords(t)} fields={fields} />
        <p>
          <button type="submit">
            {isSecretariat ? t('communities.form.createSubmit') : t('communities.form.proposeSubmit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
