import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { AppError } from '../../platform/errors.ts';
import { changeHeldEventsAudience } from '../events/index.ts';
import { communityPolicy } from './communities.policy.ts';
import { findCommunityById, listAllThreadsOf, updateCommunityRow } from './communities.repository.ts';
import { ZCommunitySettings } from './communities.schemas.ts';
import { readCommunity, type TWriteOptions } from './communities.service.ts';
import { syncThreadIndex } from './thread-indexing.ts';

/**
 * Facilitators and the secretariat change who reads a community's discussions and how people join.
 * Going private takes every thread out of the search in the same transaction as the change (feeds,
 * the sitemap and the API read the visibility when asked), so nothing stays findable for a moment;
 * going public puts them back the same way. The meetings it holds follow in the same transaction
 * (ADR 0070): for its readers only when private, on the public calendar when public.
 */
export async function changeCommunitySettings(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<{ isVisibilityChanged: boolean }> {
  const view = await readCommunity(deps, actor, slug);
  communityPolicy.authorize(actor, 'edit', view.resource);
  const input = parseOrThrow(ZCommunitySettings, raw);
  const before = view.community;
  const isVisibilityChanged = input.visibility !== before.visibility;
  if (!isVisibilityChanged && input.joinPolicy === before.joinPolicy) return { isVisibilityChanged };
  const at = deps.clock.now().toISOString();
  let meetings = 0;
  await deps.db.transaction().execute(async (trx) => {
    await updateCommunityRow(trx, before.id, {
      visibility: input.visibility,
      join_policy: input.joinPolicy,
      updated_at: at,
    });
    if (isVisibilityChanged) {
      const changed = await findCommunityById(trx, before.id);
      if (!changed) throw new AppError('internal');
      for (const thread of await listAllThreadsOf(trx, before.id))
        await syncThreadIndex(deps, thread, trx, changed);
      // Its meetings follow: off the public calendar when private, back on it when public (ADR 0070).
      meetings = await changeHeldEventsAudience(
        deps,
        trx,
        { userId: actor.userId, requestId: options.requestId, at },
        before.id,
        input.visibility === 'private' ? 'community' : 'public',
      );
    }
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'communities.settings_changed',
      { type: 'community', id: before.id },
      {
        slug,
        visibility: { from: before.visibility, to: input.visibility },
        joinPolicy: { from: before.joinPolicy, to: input.joinPolicy },
        ...(meetings > 0 ? { meetings } : {}),
      },
    );
  });
  // The home page and calendar copies in memory list upcoming events: they go, on every node.
  if (meetings > 0) bumpContentVersion();
  return { isVisibilityChanged };
}
