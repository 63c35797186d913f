import { formatFileSize } from '../../../i18n/file-size.ts';
import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPostFile } from '../communities.record.ts';
import { postFileAccept, postFileMaxBytes, postFilesMax } from '../post-files.ts';

const typeNames: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/** A post's attached files under it: each name (as its author wrote it), its type and size, a download link. */
export function PostFiles(props: { ctx: TViewContext; base: string; postId: string; files: TPostFile[] }) {
  const { ctx, files } = props;
  if (files.length === 0) return null;
  const { t } = ctx;
  return (
    <ul class="post-files" aria-label={t('communities.files.listLabel')}>
      {files.map((file) => (
        <li>
          <a href={ctx.href(`${props.base}/files/${encodeURIComponent(file.uploadId)}`)} download>
            <bdi>{file.name}</bdi>
          </a>{' '}
          <span class="hint">
            {t('communities.files.facts', {
              type: t(`communities.files.type.${typeNames[file.contentType] ?? 'other'}`),
              size: formatFileSize(ctx.i18n.formatNumber, file.byteSize),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The file input of a thread's first post or a reply. */
export function PostFilesField(props: { ctx: TViewContext; form: string; state: TFormState }) {
  const { ctx } = props;
  return (
    <FileField
      ctx={ctx}
      form={props.form}
      state={props.state}
      name="files"
      label={ctx.t('communities.files.field')}
      hint={ctx.t('communities.files.hint', {
        count: postFilesMax,
        size: formatFileSize(ctx.i18n.formatNumber, postFileMaxBytes),
      })}
      accept={postFileAccept}
      isMultiple
    />
  );
}
