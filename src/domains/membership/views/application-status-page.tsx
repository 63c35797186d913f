import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type {
  TApplicationRecord,
  TLetterFileVersion,
  TReplyRecord,
  TUploadRecord,
} from '../membership.record.ts';
import { canTransition, isEditableByApplicant } from '../membership.schemas.ts';
import { ApplicationReplies } from './application-replies.tsx';
import { LetterFiles } from './letter-files.tsx';
import { QuestionNotice } from './question-notice.tsx';
import { StatusBadge } from './status-badge.tsx';

type TStatusPageProps = {
  ctx: TViewContext;
  application: TApplicationRecord;
  /** The secret link's path ("/ar/join/a/…"), for the edit, withdraw and letter links. */
  basePath: string;
  letterFile: TUploadRecord | null;
  /** The letter's earlier files (kept when the applicant replaced or removed one), oldest first. */
  letterFiles: TLetterFileVersion[];
  /** The applicant's replies to the secretariat's questions, with the files added to each. */
  replies: TReplyRecord[];
  organizationPath: string | null;
};

/** The page an applicant comes back to: reference, state, what happens next, and what they can do. */
export function ApplicationStatusPage({
  ctx,
  application,
  basePath,
  letterFile,
  letterFiles,
  replies,
  organizationPath,
}: TStatusPageProps) {
  const { t, i18n } = ctx;
  const status = application.status;
  return (
    <Layout ctx={ctx} title={t('membership.status.title', { reference: application.reference })} isPrivate>
      <h1>{t('membership.status.title', { reference: application.reference })}</h1>
      <dl class="facts">
        <div>
          <dt>{t('membership.status.reference')}</dt>
          <dd>
            <strong class="reference">{application.reference}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('membership.status.organization')}</dt>
          <dd dir="auto">{application.organization.name || t('membership.status.unnamed')}</dd>
        </div>
        <div>
          <dt>{t('membership.status.state')}</dt>
          <dd>
            <StatusBadge ctx={ctx} status={status} />
          </dd>
        </div>
        {application.submittedAt ? (
          <div>
            <dt>{t('membership.status.submittedAt')}</dt>
            <dd>{i18n.formatDate(application.submittedAt, 'long')}</dd>
          </div>
        ) : null}
      </dl>
      <p class="lead">{t(`membership.status.explain.${status}`)}</p>
      <QuestionNotice
        ctx={ctx}
        question={status === 'information_requested' ? application.informationRequest : null}
      />
      <ApplicationReplies
        ctx={ctx}
        replies={replies}
        language={application.language}
        filesPath={`${basePath}/files`}
        audience="applicant"
      />
      <LetterFiles
        ctx={ctx}
        current={letterFile}
        versions={letterFiles}
        hrefOf={(id) => `${basePath}/letter/versions/${encodeURIComponent(id)}`}
      />
      {(status === 'accepted' || status === 'declined') && application.decisionMessage ? (
        <section class="notice" aria-labelledby="decision-title">
          <h2 id="decision-title">{t('membership.status.decisionTitle')}</h2>
          <Prose text={application.decisionMessage} />
        </section>
      ) : null}
      {organizationPath ? (
        <p>
          <a class="button" href={organizationPath}>
            {t('membership.status.viewProfile')}
          </a>
        </p>
      ) : null}
      <p class="hint">{t('membership.status.bookmark')}</p>
      <div class="actions">
        {status === 'information_requested' ? (
          <a class="button" href={`${basePath}/reply`}>
            {t('membership.status.reply')}
          </a>
        ) : null}
        {isEditableByApplicant(status) ? (
          <a class={status === 'draft' ? 'button' : 'button secondary'} href={`${basePath}/edit`}>
            {status === 'draft' ? t('membership.status.continue') : t('membership.status.answer')}
          </a>
        ) : null}
        {letterFile ? (
          <a class="button secondary" href={`${basePath}/letter`}>
            {t('membership.status.downloadLetter', { name: letterFile.originalName })}
          </a>
        ) : null}
      </div>
      {canTransition(status, 'withdraw') ? (
        <form novalidate method="post" action={`${basePath}/withdraw`} class="withdraw">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(application.version)} />
          <details>
            <summary>{t('membership.status.withdrawTitle')}</summary>
            <p>{t('membership.status.withdrawBody')}</p>
            <button type="submit" class="danger">
              {t('membership.status.withdraw')}
            </button>
          </details>
        </form>
      ) : null}
    </Layout>
  );
}
