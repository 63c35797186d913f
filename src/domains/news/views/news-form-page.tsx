import { locales } from '../../../i18n/locales.ts';
import { ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { CheckboxField, FileField, SelectField, TextAreaField } from '../../membership/views/form-fields.tsx';
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
  const title = isNew ? t('news.form.newTitle') : t('news.form.editTitle');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <form method="post" action={action} class="stack" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {version !== null ? <input type="hidden" name="version" value={String(version)} /> : null}
        <ErrorSummary ctx={ctx} form={form} state={state} />
        <TextField
          ctx={ctx}
          form={form}
          name="title"
          label={t('news.field.title')}
          state={state}
          isRequired
          maxLength={newsLimits.title}
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="summary"
          label={t('news.field.summary')}
          state={state}
          rows={3}
          isRequired
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          name="body"
          label={t('news.field.body')}
          hint={t('news.field.bodyHint')}
          state={state}
          rows={14}
          isRequired
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="language"
          label={t('news.field.language')}
          state={state}
          placeholder={t('news.form.choose')}
          options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="category"
          label={t('news.field.category')}
          state={state}
          placeholder={t('news.form.choose')}
          options={newsCategories.map((c) => ({ value: c, label: t(`news.category.${c}`) }))}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="organization"
          label={t('news.field.organization')}
          state={state}
          placeholder={canLeaveOrganizationEmpty ? t('news.form.alliance') : t('news.form.choose')}
          options={organizationChoices.map((o) => ({ value: o.slug, label: o.name }))}
        />
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
            ctx={ctx}
            form={form}
            name="image"
            label={currentImage ? t('news.field.imageReplace') : t('news.field.image')}
            hint={t('news.field.imageHint', {
              megabytes: newsImageMaxBytes / (1024 * 1024),
              pixels: newsImageMaxSide,
            })}
            state={state}
            accept=".png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
          />
          <TextField
            ctx={ctx}
            form={form}
            name="imageAlt"
            label={t('news.field.imageAlt')}
            hint={t('news.field.imageAltHint')}
            state={state}
            maxLength={newsLimits.alt}
          />
          {currentImage ? (
            <CheckboxField
              ctx={ctx}
              form={form}
              name="removeImage"
              value="1"
              label={t('news.field.removeImage')}
              state={state}
            />
          ) : null}
        </fieldset>
        <button type="submit">{isNew ? t('news.form.create') : t('news.form.save')}</button>
      </form>
    </Layout>
  );
}
