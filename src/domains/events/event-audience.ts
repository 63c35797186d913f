import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import type { TEventResource } from './events.policy.ts';
import { resourceOf } from './events.policy.ts';
import type { TEvent } from './events.record.ts';

/**
 * Who an event is for (docs/adr/0070-community-only-meetings.md). Most events are `public`: the
 * calendar, search, feeds, sitemap and API show them. A meeting that a private community holds is for
 * that community only: the events domain does not know communities, so the rule that says who reads a
 * community is registered here by compose.ts (the communities domain's door). Without a registered
 * rule nobody is in a community's audience: the safe answer.
 */
export type TEventAudience = 'public' | 'community';

export type TAudienceCheck = (deps: TDeps, actor: TActor, communityId: string) => Promise<boolean>;

let communityReaderCheck: TAudienceCheck | null = null;

/** Called once by compose.ts with the communities domain's "may read this community's content". */
export function registerEventAudience(check: TAudienceCheck): void {
  communityReaderCheck = check;
}

/** Whether this person is among those the event is for (everyone, for a public event). */
export async function isInEventAudience(
  deps: TDeps,
  actor: TActor,
  event: Pick<TEvent, 'audience' | 'communityId'>,
): Promise<boolean> {
  if (event.audience === 'public') return true;
  if (!event.communityId || !communityReaderCheck) return false;
  return communityReaderCheck(deps, actor, event.communityId);
}

/** The event as the policy sees it for this person, audience included. */
export async function eventResourceFor(deps: TDeps, actor: TActor, event: TEvent): Promise<TEventResource> {
  return resourceOf(event, await isInEventAudience(deps, actor, event));
}
