import { directionOf, languageName } from '../../../i18n/names.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { contentLanguages } from '../practice-display.ts';
import type { TPractice } from '../practice-record.ts';

/**
 * Adding or correcting the translation of a practice's text into one language. The original stays
 * as it is, shown beside the form for reference; emptying every field removes the translation.
 */
export function TranslationFormPage({
  ctx,
  practice,
  language,
  state,
}: {
  ctx: TViewContext;
  practice: TPractice;
  language: string;
  state: TFormState;
}) {
  const { t, locale } = ctx;
  const form = 'translation';
  const path = `/practices/${encodeURIComponent(practice.slug)}/translations`;
  const dir = directionOf(language);
  const common = { ctx, form, state };
  return (
    <Layout ctx={ctx} title={t('practices.translate.title')} isPrivate>
      <h1>{t('practices.translate.title')}</h1>
      <p class="lead" lang={practice.language} dir={directionOf(practice.language)}>
        {practice.title}
      </p>
      <form novalidate method="get" action={ctx.href(path)} class="inline-form">
        <SelectField
          ctx={ctx}
          form="pick"
          name="lang"
          label={t('practices.translate.language')}
          state={{ values: { lang: language }, errors: {} }}
          options={contentLanguages
            .filter((l) => l !== practice.language)
            .map((l) => ({ value: l, label: languageName(locale, l) }))}
        />
        <button type="submit" class="secondary">
          {t('practices.translate.choose')}
        </button>
      </form>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form
        novalidate
        method="post"
        action={ctx.href(`${path}/${encodeURIComponent(language)}`)}
        class="stack wide"
      >
        <CsrfField ctx={ctx} />
        <h2>{t('practices.translate.into', { language: languageName(locale, language) })}</h2>
        <FormFields
          {...common}
          labels={(key) => t(`practices.form.${key}`)}
          fields={[
            { text: 'title', maxLength: 300 },
            { area: 'summary', rows: 3, lang: language, dir },
            { area: 'body', rows: 12, lang: language, dir },
            { area: 'beneficiaries', rows: 3, lang: language, dir },
          ]}
        />
        <p class="hint">{t('practices.translate.hint')}</p>
        <button type="submit">{t('practices.translate.save')}</button>
      </form>
    </Layout>
  );
}
