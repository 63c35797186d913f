import { directionOf } from '../../../i18n/names.ts';
import { DataTable } from '../../../ui/components/data-table.tsx';
import {
  CsrfField,
  ErrorSummary,
  fieldId,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPractice, TPracticeFile } from '../practice-record.ts';

/**
 * Where a practice's editors attach files and remove them. A refused upload comes back here with
 * status 422, the reason beside the file field and the title as it was typed (a browser never
 * keeps the chosen file itself).
 */
export function PracticeFilesPage({
  ctx,
  practice,
  files,
  state,
}: {
  ctx: TViewContext;
  practice: TPractice;
  files: TPracticeFile[];
  state: TFormState;
}) {
  const { t } = ctx;
  const form = 'file';
  const base = `/practices/${encodeURIComponent(practice.slug)}`;
  const fileError = state.errors.file;
  const fileId = fieldId(form, 'file');
  return (
    <Layout ctx={ctx} title={t('practices.files.pageTitle')} isPrivate>
      <h1>{t('practices.files.pageTitle')}</h1>
      <p class="lead">
        <a href={ctx.href(base)} lang={practice.language} dir={directionOf(practice.language)}>
          {practice.title}
        </a>
      </p>
      {files.length === 0 ? (
        <p>{t('practices.files.none')}</p>
      ) : (
        <DataTable
          headers={[t('practices.files.title'), t('practices.files.size'), t('practices.files.actions')]}
          items={files}
          row={(f) => (
            <>
              <td>
                <a href={ctx.href(`${base}/files/${encodeURIComponent(f.uploadId)}`)}>
                  <bdi>{f.title}</bdi>
                </a>
              </td>
              <td>{t('practices.links.fileSize', { size: Math.ceil(f.byteSize / 1024) })}</td>
              <td>
                <a href={ctx.href(`${base}/files/${encodeURIComponent(f.uploadId)}/remove`)}>
                  {t('practices.files.remove')}
                </a>
              </td>
            </>
          )}
        />
      )}
      <h2>{t('practices.files.addTitle')}</h2>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form
        novalidate
        method="post"
        action={ctx.href(`${base}/files`)}
        enctype="multipart/form-data"
        class="stack"
      >
        <CsrfField ctx={ctx} />
        <TextField
          ctx={ctx}
          form={form}
          name="title"
          label={t('practices.files.title')}
          state={state}
          maxLength={200}
        />
        <div class="field">
          <label for={fileId}>{t('practices.files.file')}</label>
          {fileError ? (
            <p class="field-error" id={`${fileId}-error`}>
              {t(fileError)}
            </p>
          ) : null}
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".pdf,.docx,.png,.jpg,.jpeg,.webp"
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
          />
        </div>
        <button type="submit">{t('practices.files.add')}</button>
      </form>
    </Layout>
  );
}

/** "Remove this file?": the removal itself is a POST, so a link or a crawler can never remove a file. */
export function RemoveFilePage({
  ctx,
  practice,
  file,
}: {
  ctx: TViewContext;
  practice: TPractice;
  file: TPracticeFile;
}) {
  const { t } = ctx;
  const base = `/practices/${encodeURIComponent(practice.slug)}`;
  return (
    <Layout ctx={ctx} title={t('practices.files.removeTitle')} isPrivate>
      <h1>{t('practices.files.removeTitle')}</h1>
      <p>{t('practices.files.removeQuestion', { title: file.title })}</p>
      <p class="hint">{t('practices.files.removeHint')}</p>
      <form
        novalidate
        method="post"
        action={ctx.href(`${base}/files/${encodeURIComponent(file.uploadId)}/remove`)}
        class="button-row"
      >
        <CsrfField ctx={ctx} />
        <button type="submit" class="danger">
          {t('practices.files.removeConfirm')}
        </button>
        <a href={ctx.href(`${base}/files`)}>{t('practices.files.keep')}</a>
      </form>
    </Layout>
  );
}
