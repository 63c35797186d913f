import { z } from 'zod';
import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { communityPolicy } from './communities.policy.ts';
import {
  deleteResource,
  findHubRecords,
  findResource,
  insertResource,
  listResources,
  type THubRecordCard,
  type TResource,
} from './communities.repository.ts';
import { readCommunity, type TCommunityView, type TWriteOptions } from './communities.service.ts';
import { linkedRecords, postLanguage } from './post-rendering.ts';

/**
 * A community's library: members add a hub record (by its address: a practice, commitment, event,
 * news article, campaign or member) with a note on why it matters; the record must be public (it is
 * read from the public search index). The adder or a moderator removes it.
 */
const ZResource = z.object({
  link: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  note: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
});

export type TResourceView = TResource & { record: THubRecordCard; canRemove: boolean };

export async function readResources(
  deps: TDeps,
  actor: TActor,
  view: TCommunityView,
): Promise<TResourceView[]> {
  if (!communityPolicy.can(actor, 'readContent', view.resource)) return [];
  const resources = await listResources(deps.db, view.community.id);
  const records = await findHubRecords(
    deps.db,
    resources.map((r) => ({ type: r.recordType, slug: r.recordSlug })),
  );
  const canModerate = communityPolicy.can(actor, 'moderate', view.resource);
  return resources.flatMap((r) => {
    const record = records.find((x) => x.type === r.recordType && x.slug === r.recordSlug);
    return record
      ? [{ ...r, record, canRemove: canModerate || (actor.userId !== null && r.addedBy === actor.userId) }]
      : [];
  });
}

export async function addResource(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions & { hint: string },
): Promise<void> {
  const view = await readCommunity(deps, actor, slug, 'startThread');
  const input = parseOrThrow(ZResource, raw);
  const [wanted] = linkedRecords(input.link, deps.config.publicUrl);
  const [record] = wanted ? await findHubRecords(deps.db, [wanted]) : [];
  if (!wanted || !record)
    throw new AppError('validation_failed', { fieldErrors: { link: 'communities.errors.resourceLink' } });
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const isNew = await insertResource(trx, {
      id: newId(Date.parse(at)),
      community_id: view.community.id,
      record_type: wanted.type,
      record_slug: wanted.slug,
      note: input.note,
      note_language: postLanguage(input.note, options.hint),
      added_by: actor.userId,
      added_at: at,
    });
    // Adding a record the library already holds changes nothing, so nothing is audited.
    if (!isNew) return;
    const record = `${wanted.type}/${wanted.slug}`;
    await audit('communities.resource_added', { type: 'community', id: view.community.id }, { record });
  });
}

export async function removeResource(
  deps: TDeps,
  actor: TActor,
  slug: string,
  resourceId: string,
  options: TWriteOptions = {},
) {
  const view = await readCommunity(deps, actor, slug);
  const resource = await findResource(deps.db, resourceId);
  if (!resource || resource.community_id !== view.community.id) throw new AppError('not_found');
  const isAdder = actor.userId !== null && resource.added_by === actor.userId;
  // The one who added it may take it back while they may still write here; others must moderate.
  communityPolicy.authorize(actor, isAdder ? 'startThread' : 'moderate', view.resource);
  await auditedWrite(deps, actor, options, async ({ trx, audit }) => {
    await deleteResource(trx, resourceId);
    const record = `${resource.record_type}/${resource.record_slug}`;
    await audit('communities.resource_removed', { type: 'community', id: view.community.id }, { record });
  });
}
