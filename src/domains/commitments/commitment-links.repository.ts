import type { TDb } from '../../platform/db/database.ts';

/**
 * A commitment's typed links to records of other domains: a practice, an event, or one of an
 * event's outcome recommendations (context_id: its event). Titles are never stored here: they are
 * read from the records themselves, so a renamed practice shows its new name.
 */
export const linkTargetTypes = ['practice', 'event', 'recommendation'] as const;
export type TLinkTargetType = (typeof linkTargetTypes)[number];

export type TLinkRef = { type: TLinkTargetType; id: string; contextId: string | null };

export async function listCommitmentLinks(db: TDb, commitmentId: string): Promise<TLinkRef[]> {
  const rows = await db
    .selectFrom('commitment_links')
    .select(['target_type', 'target_id', 'context_id'])
    .where('commitment_id', '=', commitmentId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    type: r.target_type as TLinkTargetType,
    id: r.target_id,
    contextId: r.context_id,
  }));
}

export async function replaceCommitmentLinks(
  db: TDb,
  commitmentId: string,
  links: readonly TLinkRef[],
  at: string,
): Promise<void> {
  await db.deleteFrom('commitment_links').where('commitment_id', '=', commitmentId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('commitment_links')
    .values(
      links.map((link, index) => ({
        commitment_id: commitmentId,
        target_type: link.type,
        target_id: link.id,
        context_id: link.contextId,
        position: index + 1,
        added_at: at,
      })),
    )
    .execute();
}
