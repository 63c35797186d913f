import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity, TReport } from '../communities.record.ts';
import { communityText } from '../communities.service.ts';
import { communityPath, formatWhen, postPath, threadPath } from './community-bits.tsx';
import { ReasonForm } from './moderation-bits.tsx';

/** The facilitators' queue: open reports, oldest first, each with the post and what to do about it. */
export function ModerationPage({
  ctx,
  community,
  reports,
}: {
  ctx: TViewContext;
  community: TCommunity;
  reports: TReport[];
}) {
  const { t, locale } = ctx;
  const text = communityText(community, locale);
  return (
    <Layout ctx={ctx} title={t('communities.queue.title')} isPrivate>
      <p>
        <a href={ctx.href(communityPath(community.slug))} lang={text.language} dir="auto">
          {text.name}
        </a>
      </p>
      <h1>{t('communities.queue.title')}</h1>
      <p class="lead">{t('communities.queue.count', { count: reports.length })}</p>
      {reports.map((r) => (
        <article class="post" aria-labelledby={`report-${r.id}`}>
          <h2 id={`report-${r.id}`}>
            <a href={ctx.href(`${threadPath(community.slug, r.threadId)}#post-${r.postId}`)} dir="auto">
              {r.threadTitle}
            </a>
          </h2>
          <p>
            {t('communities.queue.reported', {
              reason: t(`communities.report.reasons.${r.reason}`),
              name: r.reporterName ?? t('communities.post.formerMember'),
              when: formatWhen(locale, r.createdAt),
            })}
          </p>
          {r.details ? (
            <blockquote dir="auto">
              <p>{r.details}</p>
            </blockquote>
          ) : null}
          <p class="hint">
            {t('communities.queue.postBy', { name: r.postAuthorName ?? t('communities.post.formerMember') })}
          </p>
          <p dir="auto">{r.postBody.length > 600 ? `${r.postBody.slice(0, 597)}…` : r.postBody}</p>
          <ReasonForm
            ctx={ctx}
            action={ctx.href(`${postPath(community.slug, r.threadId, r.postId)}/hide`)}
            form={`hide-${r.id}`}
            submit={t('communities.moderation.hidePost')}
          />
          <form
            method="post"
            action={ctx.href(`${communityPath(community.slug)}/reports/${encodeURIComponent(r.id)}/dismiss`)}
          >
            <CsrfField ctx={ctx} />
            <button type="submit">{t('communities.queue.dismiss')}</button>
          </form>
        </article>
      ))}
    </Layout>
  );
}
