import { localeTags } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import {
  CsrfField,
  ErrorSummary,
  formValues,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity } from '../communities.record.ts';
import { descriptionMaxChars, nameMaxChars, pictureAltMaxChars } from '../communities.schemas.ts';
import { communityText } from '../communities.service.ts';
import { communityPictureAlt, communityPicturePath } from '../community-picture.ts';
import { communityPath } from './community-bits.tsx';
import { conceptFields, fieldWords, PictureField } from './community-fields.tsx';

export const editFormId = 'community-edit';

/** The form's first values: what the community holds now, one set of fields per language. */
export function editFormValues(community: TCommunity): TFormState['values'] {
  const values: TFormState['values'] = {
    version: String(community.version),
    languages: Object.keys(community.translations),
    themes: community.themes,
    regions: community.regions,
    [`name-${community.language}`]: community.name,
    [`description-${community.language}`]: community.description,
    [`pictureAlt-${community.language}`]: community.picture?.alt ?? '',
  };
  for (const [language, text] of Object.entries(community.translations)) {
    values[`name-${language}`] = text.name;
    values[`description-${language}`] = text.description;
    values[`pictureAlt-${language}`] = text.pictureAlt ?? '';
  }
  return values;
}

/** The other languages the form holds, in order, without the original and without repeats. */
export function editFormLanguages(values: TFormState['values'], original: string): string[] {
  const listed = formValues({ values, errors: {} }, 'languages');
  return [...new Set(listed)].filter((l) => l !== original && (localeTags as readonly string[]).includes(l));
}

/** Facilitators and the secretariat edit a community: texts per language, concepts, regions, picture. */
export function CommunityEditPage({
  ctx,
  community,
  state,
}: {
  ctx: TViewContext;
  community: TCommunity;
  state: TFormState;
}) {
  const { t, locale } = ctx;
  const common = { ctx, form: editFormId, state };
  const base = communityPath(community.slug);
  const text = communityText(community, locale);
  const others = editFormLanguages(state.values, community.language);
  const addable = localeTags.filter((l) => l !== community.language && !others.includes(l));
  const texts = (language: string) => {
    const name = languageName(locale, language);
    return (
      <>
        <TextField
          {...common}
          name={`name-${language}`}
          label={t('communities.edit.name', { language: name })}
          isRequired
          maxLength={nameMaxChars}
          lang={language}
          dir="auto"
        />
        <TextAreaField
          {...common}
          name={`description-${language}`}
          label={t('communities.edit.description', { language: name })}
          hint={t('communities.form.descriptionHint')}
          rows={5}
          isRequired
          maxLength={descriptionMaxChars}
          lang={language}
        />
        <TextField
          {...common}
          name={`pictureAlt-${language}`}
          label={t('communities.edit.pictureAlt', { language: name })}
          hint={
            language === community.language
              ? t('communities.edit.pictureAltHint')
              : t('communities.edit.pictureAltTranslationHint')
          }
          maxLength={pictureAltMaxChars}
          lang={language}
          dir="auto"
        />
      </>
    );
  };
  const title = t('communities.edit.title');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <p>
        <a href={ctx.href(base)} lang={text.language} dir="auto">
          {text.name}
        </a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('communities.edit.lead')}</p>
      <ErrorSummary ctx={ctx} form={editFormId} state={state} />
      <form novalidate method="post" action={ctx.href(`${base}/edit`)} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(state.values.version ?? community.version)} />
        {others.map((language) => (
          <input type="hidden" name="languages" value={language} />
        ))}
        <fieldset class="field-group" lang={community.language}>
          <legend lang={locale}>
            {t('communities.edit.originalLanguage', { language: languageName(locale, community.language) })}
          </legend>
          {texts(community.language)}
        </fieldset>
        {others.map((language) => (
          <fieldset class="field-group" lang={language}>
            <legend lang={locale}>{languageName(locale, language)}</legend>
            {texts(language)}
            <div lang={locale}>
              <CheckboxField
                {...common}
                name={`removeLanguage-${language}`}
                value="1"
                label={t('communities.edit.removeLanguage', { language: languageName(locale, language) })}
              />
            </div>
          </fieldset>
        ))}
        {addable.length > 0 ? (
          <div class="field-group">
            <SelectField
              {...common}
              name="addLanguage"
              label={t('communities.edit.addLanguage')}
              hint={t('communities.edit.addLanguageHint')}
              options={addable.map((tag) => ({ value: tag, label: languageName(locale, tag) }))}
            />
            <p>
              <button
                type="submit"
                class="secondary"
                name="_add"
                value="language"
                formnovalidate
                data-form-step=""
              >
                {t('communities.edit.addLanguageSubmit')}
              </button>
            </p>
          </div>
        ) : null}
        <FormFields {...common} labels={fieldWords(t)} fields={conceptFields(locale)} />
        {community.picture ? (
          <figure>
            <img
              src={communityPicturePath(community.picture.id)}
              alt={communityPictureAlt(community, locale).alt}
              lang={communityPictureAlt(community, locale).language}
              width={community.picture.width}
              height={community.picture.height}
              class="community-picture"
            />
            <figcaption>{t('communities.edit.currentPicture')}</figcaption>
          </figure>
        ) : null}
        {community.picture ? (
          <CheckboxField
            {...common}
            name="removePicture"
            value="1"
            label={t('communities.edit.removePicture')}
          />
        ) : null}
        <PictureField
          {...common}
          label={community.picture ? t('communities.edit.replacePicture') : t('communities.form.picture')}
          hint={t('communities.edit.pictureHint')}
        />
        <p>
          <button type="submit">{t('communities.edit.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
