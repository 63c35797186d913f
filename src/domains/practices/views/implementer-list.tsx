import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOrganizationLink, TPractice } from '../practice-record.ts';

/**
 * Who carries a practice out, each with their role: a member organisation links to its profile (by
 * its current name); another implementer links to its own website when `isWebsiteLinked` and it has one.
 */
export function ImplementerList(props: {
  ctx: TViewContext;
  implementers: TPractice['implementers'];
  organizations: ReadonlyMap<string, TOrganizationLink>;
  isWebsiteLinked?: boolean;
}) {
  const { ctx } = props;
  return (
    <ul class="plain">
      {props.implementers.map((i) => {
        const organization = i.organizationSlug ? props.organizations.get(i.organizationSlug) : undefined;
        const name = organization?.name ?? i.name;
        return (
          <li>
            {organization ? (
              <a href={ctx.href(`/members/${encodeURIComponent(organization.slug)}`)}>
                <bdi>{name}</bdi>
              </a>
            ) : props.isWebsiteLinked && i.url ? (
              <a href={i.url} rel="nofollow noopener">
                <bdi>{name}</bdi>
              </a>
            ) : (
              <bdi>{name}</bdi>
            )}{' '}
            <span class="badge">{ctx.t(`practices.role.${i.role}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
