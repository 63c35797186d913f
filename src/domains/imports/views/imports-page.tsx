import { FileField } from '../../../ui/components/file-field.tsx';
import { ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TImportSummary } from '../imports.record.ts';
import { importLimits } from '../imports.schemas.ts';
import { kindLabel } from './import-labels.ts';

/** Imports: the documents waiting for review, and the two ways to bring one in (paste, upload). */
export function ImportsPage({
  ctx,
  items,
  paste,
  upload,
}: {
  ctx: TViewContext;
  items: readonly TImportSummary[];
  paste: TFormState;
  upload: TFormState;
}) {
  const { t } = ctx;
  const title = t('imports.title');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p>{t('imports.lead')}</p>
      {ctx.flash ? (
        <p class="notice success" role="status">
          {t(ctx.flash)}
        </p>
      ) : null}
      <section aria-labelledby="imports-list-title">
        <h2 id="imports-list-title">{t('imports.list.title')}</h2>
        {items.length === 0 ? (
          <p>{t('imports.list.empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('imports.list.document')}</th>
                <th scope="col">{t('imports.list.kind')}</th>
                <th scope="col">{t('imports.list.status')}</th>
                <th scope="col">{t('imports.list.created')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr>
                  <td>
                    <a href={ctx.href(`/imports/${item.id}`)}>
                      <bdi dir="auto">{item.title || item.fileName || t('imports.untitled')}</bdi>
                    </a>
                  </td>
                  <td>{kindLabel(ctx, item.kind)}</td>
                  <td>{t(`imports.status.${item.status}`)}</td>
                  <td>
                    <time datetime={item.createdAt}>
                      {new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium' }).format(
                        new Date(item.createdAt),
                      )}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="imports-paste-title">
        <h2 id="imports-paste-title">{t('imports.paste.title')}</h2>
        <form method="post" action={ctx.href('/imports')} class="stack" novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <ErrorSummary ctx={ctx} form="paste" state={paste} />
          <FormFields
            ctx={ctx}
            form="paste"
            state={paste}
            labels={(key) => t(`imports.paste.${key}`)}
            fields={[
              { text: 'name', maxLength: 200 },
              { area: 'text', hint: 'textHint', rows: 14, isRequired: true },
            ]}
          />
          <button type="submit">{t('imports.paste.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="imports-upload-title">
        <h2 id="imports-upload-title">{t('imports.upload.title')}</h2>
        <form
          method="post"
          action={ctx.href('/imports/upload')}
          class="stack"
          enctype="multipart/form-data"
          novalidate
        >
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <ErrorSummary ctx={ctx} form="upload" state={upload} />
          <FileField
            ctx={ctx}
            form="upload"
            state={upload}
            name="document"
            label={t('imports.upload.file')}
            hint={t('imports.upload.hint', { megabytes: importLimits.fileBytes / (1024 * 1024) })}
            accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          />
          <button type="submit">{t('imports.upload.submit')}</button>
        </form>
      </section>
    </Layout>
  );
}
