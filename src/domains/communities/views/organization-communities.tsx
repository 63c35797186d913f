import type { TViewContext } from '../../../ui/view-context.ts';
import { communityText } from '../communities.service.ts';
import type { TCommunity } from '../communities-public.service.ts';
import { communityPath } from './community-bits.tsx';

/** On an organisation's profile: the public communities its people take part in. */
export function OrganizationCommunities({
  ctx,
  communities,
}: {
  ctx: TViewContext;
  communities: TCommunity[];
}) {
  return (
    <>
      <h2 id="profile-communities">{ctx.t('communities.profile.title', { count: communities.length })}</h2>
      <ul class="inline-list" aria-labelledby="profile-communities">
        {communities.map((c) => {
          const text = communityText(c, ctx.locale);
          return (
            <li>
              <a href={ctx.href(communityPath(c.slug))} lang={text.language} dir="auto">
                {text.name}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
