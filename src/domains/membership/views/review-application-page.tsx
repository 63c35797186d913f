import { locales } from '../../../i18n/locales.ts';
import { countryName } from '../../../i18n/names.ts';
import { scopeLabel, stakeholderTypeLabel } from '../../../taxonomy/organization-vocabulary.ts';
import { CsrfField, type TFormState } from '../../../ui/components/form-field.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type {
  TApplicationRecord,
  TLetterFileVersion,
  TReplyRecord,
  TUploadRecord,
} from '../membership.record.ts';
import { applicationLimits, canTransition } from '../membership.schemas.ts';
import { ApplicationReplies } from './application-replies.tsx';
import { LetterChanges } from './letter-changes.tsx';
import { LetterFiles } from './letter-files.tsx';
import { StatusBadge } from './status-badge.tsx';

type THistoryEntry = { id: string; at: string; action: string; actorName: string | null };
type TNote = { id: string; body: string; createdAt: string; authorName: string | null };
type TEarlier = { id: string; reference: string; status: string; organizationName: string };

export type TReviewPageProps = {
  ctx: TViewContext;
  application: TApplicationRecord;
  notes: TNote[];
  history: THistoryEntry[];
  letterFile: TUploadRecord | null;
  earlier: TEarlier[];
  /** Earlier texts of the letter, oldest first (kept when the applicant changed it after sending). */
  letterVersions: { id: string; letterText: string; keptAt: string }[];
  /** The letter's earlier files, oldest first (kept when the applicant replaced or removed one). */
  letterFiles: TLetterFileVersion[];
  /** The organisation's replies to the secretariat's questions, with the files added to each. */
  replies: TReplyRecord[];
  organizationSlug: string | null;
  /** Which decision form failed, with its state; or a conflict notice. */
  forms: Partial<Record<'note' | 'requestInformation' | 'accept' | 'decline', TFormState>>;
  conflict: boolean;
};

function Fact({ label, children }: { label: string; children: unknown }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd dir="auto">{children as string}</dd>
    </div>
  );
}

/** One application as the secretariat reads it: the data, the letter, notes, history and decisions. */
export function ReviewApplicationPage(props: TReviewPageProps) {
  const { ctx, application: a } = props;
  const { t, i18n } = ctx;
  const org = a.organization;
  const base = ctx.href(`/admin/applications/${a.id}`);
  const empty: TFormState = { values: {}, errors: {} };
  const isOpen = canTransition(a.status, 'accept');
  return (
    <Layout ctx={ctx} title={t('membership.review.title', { reference: a.reference })} isPrivate>
      <p>
        <a href={ctx.href('/admin/applications?status=open')}>{t('membership.review.backToQueue')}</a>
      </p>
      <h1>
        {t('membership.review.title', { reference: a.reference })} <StatusBadge ctx={ctx} status={a.status} />
      </h1>
      {props.conflict ? (
        <p class="notice error" role="alert">
          {t('membership.review.conflict')}
        </p>
      ) : null}
      {props.earlier.length > 0 ? (
        <section class="notice warning" aria-labelledby="earlier-title">
          <h2 id="earlier-title">{t('membership.review.earlierTitle')}</h2>
          <ul>
            {props.earlier.map((e) => (
              <li>
                <a href={ctx.href(`/admin/applications/${e.id}`)}>{e.reference}</a>{' '}
                <StatusBadge ctx={ctx} status={e.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {props.organizationSlug ? (
        <p>
          <a href={ctx.href(`/members/${encodeURIComponent(props.organizationSlug)}`)}>
            {t('membership.status.viewProfile')}
          </a>
        </p>
      ) : null}
      <div class="two-columns">
        <section aria-labelledby="org-title">
          <h2 id="org-title">{t('membership.review.organizationTitle')}</h2>
          <dl class="facts">
            <Fact label={t('organizations.field.name')}>{org.name}</Fact>
            {org.acronym ? <Fact label={t('organizations.field.acronym')}>{org.acronym}</Fact> : null}
            {Object.entries(org.nameTranslations).map(([tag, name]) => (
              <Fact
                label={t('organizations.field.nameIn', {
                  language: locales.find((l) => l.tag === tag)?.endonym ?? tag,
                })}
              >
                {name}
              </Fact>
            ))}
            <Fact label={t('organizations.field.stakeholderType')}>
              {org.stakeholderType ? stakeholderTypeLabel(i18n, org.stakeholderType) : ''}
            </Fact>
            <Fact label={t('organizations.field.scope')}>{org.scope ? scopeLabel(i18n, org.scope) : ''}</Fact>
            <Fact label={t('membership.review.countries')}>
              {ctx.i18n.formatList(org.countries.map((c) => countryName(ctx.locale, c)))}
            </Fact>
            {org.city ? <Fact label={t('organizations.field.city')}>{org.city}</Fact> : null}
            {org.website ? (
              <div>
                <dt>{t('organizations.field.website')}</dt>
                <dd>
                  <a href={org.website} rel="nofollow noopener noreferrer">
                    {org.website}
                  </a>
                </dd>
              </div>
            ) : null}
            {org.publicEmail ? (
              <Fact label={t('organizations.field.publicEmail')}>{org.publicEmail}</Fact>
            ) : null}
            {org.publicPhone ? (
              <Fact label={t('organizations.field.publicPhone')}>{org.publicPhone}</Fact>
            ) : null}
          </dl>
          <h3>{t('organizations.field.description')}</h3>
          <Prose text={org.description} lang={org.descriptionLanguage ?? undefined} />
        </section>
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('membership.form.contactLegend')}</h2>
          <dl class="facts">
            <Fact label={t('membership.field.contactName')}>{a.contact.name}</Fact>
            <Fact label={t('membership.field.contactEmail')}>{a.contact.email}</Fact>
            {a.contact.role ? <Fact label={t('membership.field.contactRole')}>{a.contact.role}</Fact> : null}
            {a.contact.phone ? (
              <Fact label={t('membership.field.contactPhone')}>{a.contact.phone}</Fact>
            ) : null}
            <Fact label={t('membership.review.language')}>
              {locales.find((l) => l.tag === a.language)?.endonym ?? a.language}
            </Fact>
            {a.submittedAt ? (
              <Fact label={t('membership.status.submittedAt')}>{i18n.formatDateTime(a.submittedAt)}</Fact>
            ) : null}
          </dl>
        </section>
      </div>
      <section aria-labelledby="letter-title">
        <h2 id="letter-title">{t('membership.form.letterLegend')}</h2>
        {a.letterText ? (
          <Prose text={a.letterText} lang={a.language} class="letter" />
        ) : (
          <p>{t('membership.review.noLetterText')}</p>
        )}
        {props.letterFile ? (
          <p>
            <a class="button secondary" href={`${base}/letter`}>
              {t('membership.status.downloadLetter', { name: props.letterFile.originalName })}
            </a>{' '}
            <span class="hint">{t('membership.review.fileSafety')}</span>
          </p>
        ) : null}
        {a.intendedCommitments ? (
          <>
            <h3>{t('membership.review.intendedCommitments')}</h3>
            <Prose text={a.intendedCommitments} />
          </>
        ) : null}
      </section>
      <ApplicationReplies
        ctx={ctx}
        replies={props.replies}
        language={a.language}
        filesPath={`${base}/files`}
        audience="reviewer"
      />
      <LetterChanges ctx={ctx} current={a.letterText} language={a.language} versions={props.letterVersions} />
      <LetterFiles
        ctx={ctx}
        current={props.letterFile}
        versions={props.letterFiles}
        hrefOf={(id) => `${base}/letter/versions/${encodeURIComponent(id)}`}
      />
      {a.informationRequest && props.replies.at(-1)?.question !== a.informationRequest ? (
        <section aria-labelledby="asked-title">
          <h2 id="asked-title">{t('membership.review.askedTitle')}</h2>
          <Prose text={a.informationRequest} />
        </section>
      ) : null}
      {a.decisionMessage ? (
        <section aria-labelledby="decided-title">
          <h2 id="decided-title">{t('membership.review.decisionTitle')}</h2>
          <Prose text={a.decisionMessage} />
        </section>
      ) : null}
      <section aria-labelledby="actions-title" class="decisions">
        <h2 id="actions-title">{t('membership.review.actionsTitle')}</h2>
        {canTransition(a.status, 'startReview') ? (
          <form novalidate method="post" action={`${base}/start-review`}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="version" value={String(a.version)} />
            <button type="submit">{t('membership.review.startReview')}</button>
          </form>
        ) : null}
        {isOpen ? (
          decisions.map((d) => (
            <DecisionForm
              ctx={ctx}
              action={`${base}/${d.path}`}
              form={d.form}
              version={a.version}
              label={t(`membership.review.${d.form}`)}
              messageLabel={t(`membership.review.${d.messageLabel}`)}
              state={props.forms[d.form] ?? empty}
              isMessageRequired={d.isMessageRequired}
            />
          ))
        ) : (
          <p>{t(`membership.review.explain.${a.status}`)}</p>
        )}
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('membership.review.notesTitle')}</h2>
        <p class="hint">{t('membership.review.notesHint')}</p>
        {props.notes.length === 0 ? <p>{t('membership.review.noNotes')}</p> : null}
        <ul class="notes">
          {props.notes.map((n) => (
            <li>
              <Prose text={n.body} />
              <p class="hint">
                {t('membership.review.noteBy', {
                  author: n.authorName ?? t('membership.review.someone'),
                  date: i18n.formatDateTime(n.createdAt),
                })}
              </p>
            </li>
          ))}
        </ul>
        <PostForm
          ctx={ctx}
          form="note"
          state={props.forms.note ?? empty}
          action={`${base}/notes`}
          class="stack"
        >
          <TextAreaField
            ctx={ctx}
            form="note"
            name="body"
            label={t('membership.review.noteLabel')}
            state={props.forms.note ?? empty}
            rows={3}
            maxLength={applicationLimits.note}
          />
          <button type="submit" class="secondary">
            {t('membership.review.addNote')}
          </button>
        </PostForm>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('membership.review.historyTitle')}</h2>
        <ol class="history">
          {props.history.map((h) => (
            <li>
              <time datetime={h.at}>{i18n.formatDateTime(h.at)}</time>{' '}
              {t('membership.review.historyEntry', {
                action: ctx.i18n.has(`membership.audit.${h.action}`)
                  ? t(`membership.audit.${h.action}`)
                  : h.action,
                actor: h.actorName ?? t('membership.review.applicantOrSystem'),
              })}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}

/**
 * The decisions on an open application, in the page's order: the form (its name is also its button's
 * key under `membership.review`), the path it posts to, its message's label key and whether a message
 * is required.
 */
const decisions = [
  {
    form: 'requestInformation',
    path: 'request-information',
    messageLabel: 'questionLabel',
    isMessageRequired: true,
  },
  { form: 'accept', path: 'accept', messageLabel: 'acceptMessageLabel', isMessageRequired: false },
  { form: 'decline', path: 'decline', messageLabel: 'declineMessageLabel', isMessageRequired: true },
] as const;

function DecisionForm(props: {
  ctx: TViewContext;
  action: string;
  form: string;
  version: number;
  label: string;
  messageLabel: string;
  state: TFormState;
  isMessageRequired: boolean;
}) {
  const { ctx } = props;
  return (
    <details class="decision" open={Object.keys(props.state.errors).length > 0}>
      <summary>{props.label}</summary>
      <PostForm
        ctx={ctx}
        form={props.form}
        state={props.state}
        action={props.action}
        class="stack"
        version={props.version}
      >
        <TextAreaField
          ctx={ctx}
          form={props.form}
          name="message"
          label={props.messageLabel}
          state={props.state}
          rows={4}
          isRequired={props.isMessageRequired}
          maxLength={applicationLimits.message}
        />
        <button type="submit">{props.label}</button>
      </PostForm>
    </details>
  );
}
