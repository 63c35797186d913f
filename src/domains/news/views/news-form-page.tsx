import { countriesSorted } from '../../../i18n/names.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { FileField } from '../../../ui/components/file-field.tsx';
import { TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { hubLanguageOptions, RecordFormPage } from '../../../ui/components/record-form-page.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { newsCategories, newsLimits } from '../news.schemas.ts';
import type { TArticleImage } from '../news-display.ts';
import { newsImageMaxBytes, newsImageMaxSide } from '../news-image.ts';

/** Writing or editing an article; the image needs a description for people who cannot see it. */
export function NewsFormPage({
  ctx,
  state,
  action,
  isNew,
  version,
  currentImage,
  organizationChoices,
  canLeaveOrganizationEmpty,
}: {
  ctx: TViewContext;
  state: TFormState;
  action: string;
  isNew: boolean;
  version: number | null;
  /** The picture the article has now (when editing). */
  currentImage: TArticleImage | null;
  organizationChoices: readonly { slug: string; name: string }[];
  canLeaveOrganizationEmpty: boolean;
}) {
  const { t } = ctx;
  const form = 'news';
  const common = { ctx, form, state };
  const title = isNew ? t('news.form.newTitle') : t('news.form.editTitle');
  const choose = t('news.form.choose');
  const fields: TFieldEntry[] = [
    { text: 'title', isRequired: true, maxLength: newsLimits.title },
    { area: 'summary', rows: 3, isRequired: true },
    { area: 'body', hint: 'bodyHint', rows: 14, isRequired: true },
    { select: 'language', placeholder: choose, options: hubLanguageOptions },
    {
      select: 'category',
      placeholder: choose,
      options: newsCategories.map((c) => ({ value: c, label: t(`news.category.${c}`) })),
    },
    {
      select: 'organization',
      placeholder: canLeaveOrganizationEmpty ? t('news.form.alliance') : choose,
      options: organizationChoices.map((o) => ({ value: o.slug, label: o.name })),
    },
    {
      select: 'countryCode',
      label: 'country',
      placeholder: t('news.form.noCountry'),
      options: countriesSorted(ctx.locale).map((c) => ({ value: c.code, label: c.name })),
    },
  ];
  return (
    <RecordFormPage
      {...common}
      title={title}
      action={action}
      version={version}
      isMultipart
      submitLabel={isNew ? t('news.form.create') : t('news.form.save')}
    >
      <FormFields {...common} labels={(key) => t(`news.field.${key}`)} fields={fields} />
      <fieldset>
        <legend>{t('news.field.imageLegend')}</legend>
        {currentImage ? (
          <figure class="featured">
            <img
              src={currentImage.src}
              alt={currentImage.alt}
              width={currentImage.width}
              height={currentImage.height}
              loading="lazy"
            />
            <figcaption>{t('news.form.currentImage')}</figcaption>
          </figure>
        ) : null}
        <FileField
          {...common}
          name="image"
          label={currentImage ? t('news.field.imageReplace') : t('news.field.image')}
          hint={t('news.field.imageHint', {
            megabytes: newsImageMaxBytes / (1024 * 1024),
            pixels: newsImageMaxSide,
          })}
          accept=".png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
        />
        <TextField
          {...common}
          name="imageAlt"
          label={t('news.field.imageAlt')}
          hint={t('news.field.imageAltHint')}
          maxLength={newsLimits.alt}
        />
        {currentImage ? (
          <CheckboxField {...common} name="removeImage" value="1" label={t('news.field.removeImage')} />
        ) : null}
      </fieldset>
    </RecordFormPage>
  );
}
