import { formatFileSize } from '../../../i18n/file-size.ts';
import { Prose } from '../../../ui/components/prose.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TReplyRecord } from '../membership.record.ts';

const typeNames: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/**
 * The applicant's replies to the secretariat's questions, oldest first: the question each answers, the
 * message (Markdown, sanitised, in the application's language) and the files added with it, each a
 * download. The status page shows them to the applicant, the review page to the reviewer.
 */
export function ApplicationReplies(props: {
  ctx: TViewContext;
  replies: readonly TReplyRecord[];
  language: string;
  /** Where a file downloads: `${filesPath}/${uploadId}`. */
  filesPath: string;
  /** Written for the reviewer ("The organisation's replies") or the applicant ("Your replies"). */
  audience: 'reviewer' | 'applicant';
}) {
  const { ctx, replies } = props;
  if (replies.length === 0) return null;
  const { t, i18n } = ctx;
  return (
    <section aria-labelledby="replies-title" class="application-replies">
      <h2 id="replies-title">
        {t(
          props.audience === 'reviewer'
            ? 'membership.reply.reviewerTitle'
            : 'membership.reply.applicantTitle',
          {
            count: replies.length,
          },
        )}
      </h2>
      {replies.map((reply) => (
        <article class="application-reply" aria-labelledby={`reply-${reply.id}`}>
          <h3 id={`reply-${reply.id}`}>
            {t('membership.reply.sentOn', { date: i18n.formatDateTime(reply.createdAt) })}
          </h3>
          {reply.question ? (
            <details>
              <summary>{t('membership.reply.question')}</summary>
              <Prose text={reply.question} />
            </details>
          ) : null}
          {reply.body ? (
            <Prose text={reply.body} lang={props.language} />
          ) : (
            <p class="hint">{t('membership.reply.noMessage')}</p>
          )}
          {reply.files.length > 0 ? (
            <>
              <p id={`reply-files-${reply.id}`}>
                {t('membership.reply.filesAdded', { count: reply.files.length })}
              </p>
              <ul class="reply-files" aria-labelledby={`reply-files-${reply.id}`}>
                {reply.files.map((file) => (
                  <li>
                    <a href={`${props.filesPath}/${encodeURIComponent(file.uploadId)}`} download>
                      <bdi>{file.name}</bdi>
                    </a>{' '}
                    <span class="hint">
                      {t('membership.reply.fileFacts', {
                        type: t(`membership.reply.type.${typeNames[file.contentType] ?? 'other'}`),
                        size: formatFileSize(i18n.formatNumber, file.byteSize),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
