import { formatFileSize } from '../../../i18n/file-size.ts';
import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TApplicationRecord } from '../membership.record.ts';
import { applicationLimits } from '../membership.schemas.ts';
import { replyFileAccept, replyFileMaxBytes, replyFilesMax } from '../membership-reply.service.ts';
import { QuestionNotice } from './question-notice.tsx';

const form = 'reply';

/**
 * The applicant's reply to the secretariat's question: the question, a message box and files added to
 * the application (the letter and its file stay as they are), then one button that sends the reply and
 * the application back. Plain form: works without a script; the file input takes several files at once.
 */
export function ReplyPage(props: {
  ctx: TViewContext;
  application: TApplicationRecord;
  /** The secret link's path ("/ar/join/a/…"). */
  basePath: string;
  state: TFormState;
}) {
  const { ctx, application, state } = props;
  const { t, i18n } = ctx;
  const title = t('membership.reply.title', { reference: application.reference });
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <p>
        <a href={props.basePath}>{t('membership.reply.back')}</a>
      </p>
      <h1>{title}</h1>
      <QuestionNotice ctx={ctx} question={application.informationRequest} />
      <PostForm
        ctx={ctx}
        form={form}
        state={state}
        action={`${props.basePath}/reply`}
        enctype="multipart/form-data"
        version={application.version}
      >
        <FormFields
          ctx={ctx}
          form={form}
          state={state}
          labels={(key) => t(`membership.reply.${key}`)}
          fields={[
            {
              area: 'message',
              label: 'messageLabel',
              hint: 'messageHint',
              rows: 8,
              maxLength: applicationLimits.message,
            },
          ]}
        />
        <FileField
          ctx={ctx}
          form={form}
          name="files"
          label={t('membership.reply.filesLabel')}
          hint={t('membership.reply.filesHint', {
            count: replyFilesMax,
            size: formatFileSize(i18n.formatNumber, replyFileMaxBytes),
          })}
          state={state}
          accept={replyFileAccept}
          isMultiple
        />
        <div class="actions">
          <button type="submit">{t('membership.reply.send')}</button>
        </div>
        <p class="hint">
          {t('membership.reply.editHint')}{' '}
          <a href={`${props.basePath}/edit`}>{t('membership.reply.editLink')}</a>
        </p>
      </PostForm>
    </Layout>
  );
}
