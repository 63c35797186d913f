import type { Child } from 'hono/jsx';
import { languageName } from '../../../i18n/names.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import {
  CsrfField,
  ErrorSummary,
  emptyFormState,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { recordPath } from '../../search/index.ts';
import type { TCommunity, TThread } from '../communities.record.ts';
import { communityText } from '../communities.service.ts';
import type { TPostView } from '../threads.service.ts';
import { communityPath, formatWhen, LanguageTag, postPath, threadPath } from './community-bits.tsx';
import { fieldWords, postBodyField } from './community-fields.tsx';
import { ReasonForm, ReportForm } from './moderation-bits.tsx';
import { PostFiles, PostFilesField } from './post-files.tsx';

export type TThreadPageProps = {
  ctx: TViewContext;
  community: TCommunity;
  thread: TThread;
  posts: TPostView[];
  canReply: boolean;
  canModerate: boolean;
  moveTargets: { slug: string; name: string; language: string }[];
  replyForm: TFormState;
  structuredData: object[];
  /** The watch button (members only). */
  watch?: Child;
};

function PostArticle({
  ctx,
  community,
  thread,
  view,
}: {
  ctx: TViewContext;
  community: TCommunity;
  thread: TThread;
  view: TPostView;
}) {
  const { t, locale } = ctx;
  const { post } = view;
  const base = postPath(community.slug, thread.id, post.id);
  const action = (path: string, label: string, extra: Record<string, string> = {}) => (
    <form novalidate method="post" action={ctx.href(`${base}/${path}`)} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(extra).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
  const isAccepted = thread.acceptedPostId === post.id;
  return (
    <article
      id={`post-${post.id}`}
      class={isAccepted ? 'post accepted' : 'post'}
      aria-labelledby={`post-${post.id}-by`}
    >
      <header>
        <p id={`post-${post.id}-by`}>
          <strong>
            <bdi>{post.authorName ?? t('communities.post.formerMember')}</bdi>
          </strong>{' '}
          <time datetime={post.createdAt}>{formatWhen(locale, post.createdAt)}</time>
          {!post.isDeleted ? (
            <>
              {' '}
              <LanguageTag ctx={ctx} language={post.language} />
            </>
          ) : null}
          {isAccepted ? (
            <>
              {' '}
              <span class="tag">{t('communities.post.acceptedAnswer')}</span>
            </>
          ) : null}
        </p>
        {view.quoted ? (
          <p class="hint">
            <a href={`#post-${view.quoted.id}`}>
              <Tx
                ctx={ctx}
                k="communities.post.inReplyTo"
                values={{ name: view.quoted.authorName ?? t('communities.post.formerMember') }}
                isolate={['name']}
              />
            </a>
          </p>
        ) : null}
      </header>
      {view.hidden ? (
        <p class="notice">
          {view.hidden.reason
            ? t('communities.moderation.hiddenWithReason', { reason: view.hidden.reason })
            : t('communities.moderation.hidden')}
        </p>
      ) : null}
      {post.isDeleted ? (
        <p class="tombstone">{t('communities.post.deleted')}</p>
      ) : view.hidden && !view.html ? null : (
        <>
          {view.translation ? (
            <p class="hint">
              <Tx
                ctx={ctx}
                k="communities.post.translatedBy"
                values={{
                  from: languageName(locale, post.language),
                  name: view.translation.translatorName ?? t('communities.post.formerMember'),
                }}
                isolate={['name']}
              />
            </p>
          ) : null}
          <div
            class="prose"
            lang={view.language}
            dir="auto"
            dangerouslySetInnerHTML={{ __html: view.html }}
          />
          {view.originalHtml ? (
            <details>
              <summary>
                {t('communities.post.showOriginal', { language: languageName(locale, post.language) })}
              </summary>
              <div
                class="prose"
                lang={post.language}
                dir="auto"
                dangerouslySetInnerHTML={{ __html: view.originalHtml }}
              />
            </details>
          ) : null}
          {view.cards.length > 0 ? (
            <ul class="cards record-cards" aria-label={t('communities.post.linkedRecords')}>
              {view.cards.map((card) => (
                <li class="card">
                  <span class="tag">{t(`communities.recordType.${card.type}`)}</span>
                  <h3>
                    <a href={ctx.href(recordPath(card.type, card.slug))} lang={card.language} dir="auto">
                      {card.title}
                    </a>
                  </h3>
                  <p lang={card.language} dir="auto">
                    {card.summary.length > 200 ? `${card.summary.slice(0, 197)}…` : card.summary}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          <PostFiles ctx={ctx} base={base} postId={post.id} files={view.files} />
          <footer class="post-actions">
            {post.editedAt ? (
              <a href={ctx.href(`${base}/history`)}>
                {t('communities.post.edited', { when: formatWhen(locale, post.editedAt) })}
              </a>
            ) : null}{' '}
            {view.translations.length > 0 ? (
              <span class="hint">
                {t('communities.post.translations', {
                  languages: ctx.i18n.formatList(
                    view.translations.map((tr) => languageName(locale, tr.language)),
                  ),
                })}
              </span>
            ) : null}{' '}
            <span class="hint">{t('communities.post.helpfulCount', { count: post.helpfulCount })}</span>{' '}
            {view.can.markHelpful
              ? action(
                  'helpful',
                  view.isHelpfulToReader
                    ? t('communities.post.unmarkHelpful')
                    : t('communities.post.markHelpful'),
                  {
                    helpful: view.isHelpfulToReader ? '0' : '1',
                  },
                )
              : null}{' '}
            {view.can.accept
              ? action('accept', isAccepted ? t('communities.post.unaccept') : t('communities.post.accept'))
              : null}{' '}
            {view.can.translate ? (
              <a href={ctx.href(`${base}/translate`)}>{t('communities.post.translate')}</a>
            ) : null}{' '}
            {view.can.edit ? <a href={ctx.href(`${base}/edit`)}>{t('communities.post.edit')}</a> : null}{' '}
            {view.can.delete ? action('delete', t('communities.post.delete')) : null}{' '}
            {view.can.translate && thread.status === 'open' ? (
              <a
                href={`${ctx.href(`${communityPath(community.slug)}/threads/${encodeURIComponent(thread.id)}`)}?quote=${encodeURIComponent(post.id)}#reply`}
              >
                {t('communities.post.quote')}
              </a>
            ) : null}
          </footer>
        </>
      )}
      {view.can.report ? (
        <ReportForm ctx={ctx} action={ctx.href(`${base}/report`)} form={`report-${post.id}`} />
      ) : null}
      {view.can.moderate ? (
        <details>
          <summary>{t('communities.moderation.open')}</summary>
          <ReasonForm
            ctx={ctx}
            action={ctx.href(`${base}/${view.hidden ? 'show' : 'hide'}`)}
            form={`moderate-${post.id}`}
            submit={view.hidden ? t('communities.moderation.showPost') : t('communities.moderation.hidePost')}
          />
        </details>
      ) : null}
    </article>
  );
}

/** A thread: its posts in order, each in the reader's language where someone translated it, and the reply form. */
export function ThreadPage(props: TThreadPageProps) {
  const { ctx, community, thread } = props;
  const { t } = ctx;
  const text = communityText(community, ctx.locale);
  const replyCommon = { ctx, form: 'reply', state: props.replyForm };
  return (
    <Layout
      ctx={ctx}
      title={thread.title}
      structuredData={props.structuredData}
      isPrivate={community.visibility === 'private'}
    >
      <nav aria-label={t('communities.breadcrumb')}>
        <a href={ctx.href('/communities')}>{t('communities.title')}</a> ›{' '}
        <a href={ctx.href(communityPath(community.slug))} lang={text.language} dir="auto">
          {text.name}
        </a>
      </nav>
      <h1 lang={thread.language} dir="auto">
        {thread.title}
      </h1>
      <p class="tags">
        <span class="tag">{t(`communities.thread.kind.${thread.kind}`)}</span>
        {thread.kind === 'question' && thread.acceptedPostId ? (
          <>
            {' '}
            <a class="tag" href={`#post-${thread.acceptedPostId}`}>
              {t('communities.thread.answered')}
            </a>
          </>
        ) : null}
        {thread.status !== 'open' ? (
          <>
            {' '}
            <span class="tag">{t(`communities.thread.status.${thread.status}`)}</span>
          </>
        ) : null}
      </p>
      {props.watch ?? null}
      {props.posts.map((view) => (
        <PostArticle ctx={ctx} community={community} thread={thread} view={view} />
      ))}
      {props.canModerate ? (
        <section aria-labelledby="thread-moderation-title">
          <h2 id="thread-moderation-title">{t('communities.moderation.threadTitle')}</h2>
          <ReasonForm
            ctx={ctx}
            action={ctx.href(`${threadPath(community.slug, thread.id)}/moderate`)}
            form="thread-lock"
            submit={
              thread.status === 'locked'
                ? t('communities.moderation.unlock')
                : t('communities.moderation.lock')
            }
            extra={{ what: thread.status === 'locked' ? 'unlock' : 'lock' }}
          />
          <ReasonForm
            ctx={ctx}
            action={ctx.href(`${threadPath(community.slug, thread.id)}/moderate`)}
            form="thread-hide"
            submit={
              thread.status === 'hidden'
                ? t('communities.moderation.unhide')
                : t('communities.moderation.hide')
            }
            extra={{ what: thread.status === 'hidden' ? 'unhide' : 'hide' }}
          />
          {props.moveTargets.length > 0 ? (
            <form
              method="post"
              action={ctx.href(`${threadPath(community.slug, thread.id)}/move`)}
              class="inline-form"
            >
              <CsrfField ctx={ctx} />
              <FormFields
                ctx={ctx}
                form="thread-move"
                state={emptyFormState}
                labels={fieldWords(t)}
                fields={[
                  {
                    select: 'target',
                    label: 'moderation.moveTo',
                    options: props.moveTargets.map((c) => ({ value: c.slug, label: c.name })),
                  },
                  { text: 'reason', label: 'moderation.reason', isRequired: true, maxLength: 500 },
                ]}
              />
              <button type="submit">{t('communities.moderation.move')}</button>
            </form>
          ) : null}
        </section>
      ) : null}
      {props.canReply ? (
        <section aria-labelledby="reply-title" id="reply">
          <h2 id="reply-title">{t('communities.reply.title')}</h2>
          <ErrorSummary ctx={ctx} form="reply" state={props.replyForm} />
          <form
            method="post"
            enctype="multipart/form-data"
            action={ctx.href(
              `${communityPath(community.slug)}/threads/${encodeURIComponent(thread.id)}/replies`,
            )}
          >
            <CsrfField ctx={ctx} />
            {typeof props.replyForm.values.quoteOf === 'string' && props.replyForm.values.quoteOf ? (
              <input type="hidden" name="quoteOf" value={props.replyForm.values.quoteOf} />
            ) : null}
            <FormFields {...replyCommon} labels={fieldWords(t)} fields={[postBodyField(6)]} />
            <PostFilesField ctx={ctx} form="reply" state={props.replyForm} />
            <p>
              <button type="submit">{t('communities.reply.submit')}</button>
            </p>
          </form>
        </section>
      ) : thread.status === 'locked' ? (
        <p class="notice">{t('communities.reply.locked')}</p>
      ) : !ctx.user ? (
        <p>
          <a href={ctx.href(`/sign-in?next=${encodeURIComponent(ctx.href(communityPath(community.slug)))}`)}>
            {t('communities.signInToJoin')}
          </a>
        </p>
      ) : (
        <p class="hint">{t('communities.reply.joinFirst')}</p>
      )}
    </Layout>
  );
}
