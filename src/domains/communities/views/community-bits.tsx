import { languageName } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity } from '../communities.record.ts';
import type { TMemberRole } from '../communities.schemas.ts';
import { communityText } from '../communities.service.ts';
import { communityPictureAlt, communityPicturePath } from '../community-picture.ts';

/** Small pieces the communities' pages share: paths, dates, badges and the community card. */
export const communityPath = (slug: string) => `/communities/${encodeURIComponent(slug)}`;
export const threadPath = (slug: string, threadId: string) =>
  `${communityPath(slug)}/threads/${encodeURIComponent(threadId)}`;
export const postPath = (slug: string, threadId: string, postId: string) =>
  `${threadPath(slug, threadId)}/posts/${encodeURIComponent(postId)}`;

export function formatWhen(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

export function LanguageTag({ ctx, language }: { ctx: TViewContext; language: string }) {
  return (
    <span class="tag">
      {ctx.t('communities.post.language', { language: languageName(ctx.locale, language) })}
    </span>
  );
}

export function CommunityBadges({
  ctx,
  community,
  role,
}: {
  ctx: TViewContext;
  community: TCommunity;
  role: TMemberRole | null;
}) {
  const { t } = ctx;
  return (
    <p class="tags">
      <span class="tag">{t(`communities.visibility.${community.visibility}`)}</span>{' '}
      <span class="tag">{t(`communities.joinPolicy.${community.joinPolicy}`)}</span>
      {role ? (
        <>
          {' '}
          <span class="tag">{t(`communities.role.${role}`)}</span>
        </>
      ) : null}
    </p>
  );
}

export function CommunityCard({
  ctx,
  community,
  role,
}: {
  ctx: TViewContext;
  community: TCommunity;
  role: TMemberRole | null;
}) {
  const text = communityText(community, ctx.locale);
  const summary = text.description.length > 240 ? `${text.description.slice(0, 237)}…` : text.description;
  return (
    <li class="card">
      {community.picture ? (
        <img
          src={communityPicturePath(community.picture.id)}
          alt={communityPictureAlt(community, ctx.locale).alt}
          lang={communityPictureAlt(community, ctx.locale).language}
          width={community.picture.width}
          height={community.picture.height}
          loading="lazy"
          class="card-image"
        />
      ) : null}
      <h3>
        <a href={ctx.href(communityPath(community.slug))} lang={text.language} dir="auto">
          {text.name}
        </a>
      </h3>
      <p lang={text.language} dir="auto">
        {summary}
      </p>
      <CommunityBadges ctx={ctx} community={community} role={role} />
      <p class="hint">
        {ctx.t('communities.counts', { members: community.memberCount, threads: community.threadCount })}
      </p>
    </li>
  );
}
