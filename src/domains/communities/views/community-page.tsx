import type { Child } from 'hono/jsx';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity, TCommunityMember, TModerationNotice, TThread } from '../communities.record.ts';
import { type TMemberRole, threadKinds, titleMaxChars } from '../communities.schemas.ts';
import { communityText } from '../communities.service.ts';
import { communityPictureAlt, communityPicturePath } from '../community-picture.ts';
import { CommunityBadges, communityPath, formatWhen, threadPath } from './community-bits.tsx';
import { fieldWords, postBodyField } from './community-fields.tsx';
import { ReasonForm } from './moderation-bits.tsx';
import { PostFilesField } from './post-files.tsx';

export type TCommunityPageProps = {
  ctx: TViewContext;
  community: TCommunity;
  role: TMemberRole | null;
  threads: TThread[];
  members: TCommunityMember[];
  requests: TCommunityMember[];
  isListed: boolean;
  /** False when its last facilitator's account was deleted: the secretariat looks after it meanwhile. */
  hasFacilitator?: boolean;
  notices: TModerationNotice[];
  openReports: number;
  meetings: Child;
  /** Visibility and joining, for those who may edit the community (empty otherwise). */
  settings: Child;
  resources: Child;
  /** The watch button (members only; nothing for others). */
  watch?: Child;
  can: {
    readContent: boolean;
    join: boolean;
    requestToJoin: boolean;
    leave: boolean;
    manageMembers: boolean;
    stepDown: boolean;
    endFacilitator: boolean;
    startThread: boolean;
    decide: boolean;
    edit: boolean;
    moderate: boolean;
  };
  threadForm: TFormState;
};

/** A community's page: what it is about, how to join, its threads, its listed members. */
export function CommunityPage(props: TCommunityPageProps) {
  const { ctx, community, can } = props;
  const { t, locale } = ctx;
  const text = communityText(community, locale);
  const base = communityPath(community.slug);
  const post = (path: string, label: string, extra?: Record<string, string>) => (
    <form novalidate method="post" action={ctx.href(`${base}${path}`)} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
  const threadCommon = { ctx, form: 'thread', state: props.threadForm };
  return (
    <Layout
      ctx={ctx}
      title={text.name}
      description={text.description.slice(0, 200)}
      isPrivate={community.status !== 'active'}
    >
      <p>
        <a href={ctx.href('/communities')}>{t('communities.backToDirectory')}</a>
      </p>
      <h1 lang={text.language} dir="auto">
        {text.name}
      </h1>
      {community.status !== 'active' ? (
        <p class="notice">{t(`communities.status.${community.status}`)}</p>
      ) : null}
      <CommunityBadges ctx={ctx} community={community} role={props.role} />
      {community.status === 'active' && props.hasFacilitator === false ? (
        <p class="notice">
          {t('communities.noFacilitator.notice')}
          {can.manageMembers ? (
            <>
              {' '}
              <a href="#members-title">{t('communities.noFacilitator.secretariatHint')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {props.notices.length > 0 ? (
        <section class="notice" aria-labelledby="notices-title">
          <h2 id="notices-title">{t('communities.notices.title')}</h2>
          <ul>
            {props.notices.map((n) => (
              <li>
                {t(`communities.notices.${n.action}`, { when: formatWhen(locale, n.at) })}
                {n.reason ? (
                  <>
                    {' '}
                    <q dir="auto">{n.reason}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can.edit ? (
        <p>
          <a href={ctx.href(`${base}/edit`)}>{t('communities.edit.link')}</a>
        </p>
      ) : null}
      {can.moderate ? (
        <p>
          <a href={ctx.href(`${base}/moderation`)}>
            {t('communities.queue.link', { count: props.openReports })}
          </a>
        </p>
      ) : null}
      {community.picture ? (
        <img
          src={communityPicturePath(community.picture.id)}
          alt={communityPictureAlt(community, ctx.locale).alt}
          lang={communityPictureAlt(community, ctx.locale).language}
          width={community.picture.width}
          height={community.picture.height}
          class="community-picture"
        />
      ) : null}
      <div lang={text.language} dir="auto" class="prose">
        {/* The description is Markdown, sanitised like every post. */}
        <div dangerouslySetInnerHTML={{ __html: renderMarkdown(text.description) }} />
      </div>
      {community.themes.length + community.regions.length > 0 ? (
        <p class="tags">
          {[...community.themes, ...community.regions].map((id) => (
            <>
              <span class="tag">{conceptLabel(id, locale)}</span>{' '}
            </>
          ))}
        </p>
      ) : null}
      {can.decide ? (
        <div class="actions">
          {post('/approve', t('communities.proposals.approve'))}{' '}
          {post('/decline', t('communities.proposals.decline'))}
        </div>
      ) : null}
      <div class="actions">
        {can.join ? post('/join', t('communities.join')) : null}
        {can.requestToJoin ? post('/join', t('communities.requestToJoin')) : null}
        {props.role === 'requested' ? <span class="notice">{t('communities.requestPending')}</span> : null}{' '}
        {can.leave
          ? post(
              '/leave',
              props.role === 'requested' ? t('communities.cancelRequest') : t('communities.leave'),
            )
          : null}{' '}
        {can.stepDown && ctx.user
          ? post(`/members/${encodeURIComponent(ctx.user.id)}/facilitator`, t('communities.roles.stepDown'), {
              facilitator: '0',
            })
          : null}{' '}
        {can.leave && props.role !== 'requested'
          ? post('/listing', props.isListed ? t('communities.unlistMe') : t('communities.listMe'), {
              listed: props.isListed ? '0' : '1',
            })
          : null}
      </div>
      {props.watch ?? null}
      {!ctx.user && community.status === 'active' ? (
        <p>
          <a href={ctx.href(`/sign-in?next=${encodeURIComponent(ctx.href(base))}`)}>
            {t('communities.signInToJoin')}
          </a>
        </p>
      ) : null}

      {props.requests.length > 0 ? (
        <section aria-labelledby="requests-title">
          <h2 id="requests-title">{t('communities.requests.title', { count: props.requests.length })}</h2>
          <ul>
            {props.requests.map((r) => (
              <li>
                <bdi>{r.name}</bdi>{' '}
                {post(`/members/${encodeURIComponent(r.userId)}/accept`, t('communities.requests.accept'))}{' '}
                {post(`/members/${encodeURIComponent(r.userId)}/decline`, t('communities.requests.decline'))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="threads-title">
        <h2 id="threads-title">{t('communities.threads.title')}</h2>
        {!can.readContent ? <p class="notice">{t('communities.privateNotice')}</p> : null}
        {can.readContent && props.threads.length === 0 ? <p>{t('communities.threads.empty')}</p> : null}
        {props.threads.length > 0 ? (
          <ul class="thread-list">
            {props.threads.map((thread) => (
              <li>
                <a href={ctx.href(threadPath(community.slug, thread.id))} lang={thread.language} dir="auto">
                  {thread.title}
                </a>{' '}
                {thread.kind === 'question' ? (
                  <span class="tag">
                    {thread.acceptedPostId
                      ? t('communities.thread.answered')
                      : t('communities.thread.question')}
                  </span>
                ) : null}
                {thread.status !== 'open' ? (
                  <span class="tag">{t(`communities.thread.status.${thread.status}`)}</span>
                ) : null}{' '}
                <span class="hint">
                  {t('communities.threads.meta', {
                    posts: thread.postCount,
                    when: formatWhen(locale, thread.lastPostAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {can.startThread ? (
        <section aria-labelledby="new-thread-title">
          <h2 id="new-thread-title">{t('communities.threads.new')}</h2>
          <ErrorSummary ctx={ctx} form="thread" state={props.threadForm} />
          <form novalidate method="post" enctype="multipart/form-data" action={ctx.href(`${base}/threads`)}>
            <CsrfField ctx={ctx} />
            <FormFields
              {...threadCommon}
              labels={fieldWords(t)}
              fields={[
                { text: 'title', label: 'threads.titleField', isRequired: true, maxLength: titleMaxChars },
                {
                  select: 'kind',
                  label: 'threads.kind',
                  options: threadKinds.map((k) => ({ value: k, label: t(`communities.thread.kind.${k}`) })),
                },
                postBodyField(8),
              ]}
            />
            <PostFilesField ctx={ctx} form="thread" state={props.threadForm} />
            <p>
              <button type="submit">{t('communities.threads.start')}</button>
            </p>
          </form>
        </section>
      ) : null}

      {props.meetings}

      {props.resources}

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('communities.members.title', { count: community.memberCount })}</h2>
        {props.members.length > 0 ? (
          <ul class="inline-list">
            {props.members.map((m) => (
              <li>
                <bdi id={`member-${m.userId}`}>{m.name}</bdi>
                {m.role === 'facilitator' ? <> ({t('communities.role.facilitator')})</> : null}
                {(can.manageMembers && m.role === 'member') ||
                (can.endFacilitator && m.role === 'facilitator' && m.userId !== ctx.user?.id) ? (
                  <form
                    novalidate
                    method="post"
                    action={ctx.href(`${base}/members/${encodeURIComponent(m.userId)}/facilitator`)}
                    class="inline-form"
                  >
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="facilitator" value={m.role === 'member' ? '1' : '0'} />{' '}
                    <button type="submit" class="secondary" aria-describedby={`member-${m.userId}`}>
                      {m.role === 'member' ? t('communities.roles.appoint') : t('communities.roles.end')}
                    </button>
                  </form>
                ) : null}
                {can.moderate && m.role === 'member' ? (
                  <details>
                    <summary>{t('communities.moderation.removeMember')}</summary>
                    <ReasonForm
                      ctx={ctx}
                      action={ctx.href(`${base}/members/${encodeURIComponent(m.userId)}/remove`)}
                      form={`remove-${m.userId}`}
                      submit={t('communities.moderation.removeMember')}
                    />
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('communities.members.noneListed')}</p>
        )}
      </section>

      {props.settings}
    </Layout>
  );
}
