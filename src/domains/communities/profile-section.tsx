import type { Child } from 'hono/jsx';
import type { TDeps } from '../../deps.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import { readCommunitiesOfOrganization } from './communities-public.service.ts';
import { OrganizationCommunities } from './views/organization-communities.tsx';

/** The "active in N communities" section of an organisation's profile; null when there is none. */
export async function renderOrganizationCommunities(
  deps: TDeps,
  ctx: TViewContext,
  organizationId: string,
): Promise<Child | null> {
  const communities = await readCommunitiesOfOrganization(deps, organizationId);
  return communities.length === 0 ? null : <OrganizationCommunities ctx={ctx} communities={communities} />;
}
