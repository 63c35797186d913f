import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { communityPolicy } from './communities.policy.ts';
import { findCommunityById, findRole } from './communities.repository.ts';
import { communityResourceOf } from './communities.service.ts';

/**
 * Whether this person reads the community's discussions (`readContent`: anyone for a public community,
 * its members and the secretariat for a private one). The events domain asks it, through compose.ts,
 * before showing a meeting that a private community holds (ADR 0070).
 */
export async function mayReadCommunityContent(
  deps: TDeps,
  actor: TActor,
  communityId: string,
): Promise<boolean> {
  const community = await findCommunityById(deps.db, communityId);
  if (!community) return false;
  const role = await findRole(deps.db, community.id, actor.userId);
  return communityPolicy.can(actor, 'readContent', communityResourceOf(community, role));
}
