import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { changeHeldEventsAudience } from '../events/index.ts';
import { updateCommunityRow } from './communities.repository.ts';
import { ZCommunitySettings } from './communities.schemas.ts';
import { readCommunity, type TWriteOptions } from './communities.service.ts';
import { syncCommunityThreads } from './thread-indexing.ts';

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
  const view = await readCommunity(deps, actor, slug, 'edit');
  const input = parseOrThrow(ZCommunitySettings, raw);
  const before = view.community;
  const isVisibilityChanged = input.visibility !== before.visibility;
  if (!isVisibilityChanged && input.joinPolicy === before.joinPolicy) return { isVisibilityChanged };
  let meetings = 0;
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    await updateCommunityRow(trx, before.id, {
      visibility: input.visibility,
      join_policy: input.joinPolicy,
      updated_at: at,
    });
    if (isVisibilityChanged) {
      await syncCommunityThreads(deps, trx, before.id);
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
