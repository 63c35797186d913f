import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Editing a post may add and remove its files (issue 13): each revision names the files that edit
 * added and removed (JSON: { added: [names], removed: [names] }), so the post's history shows them.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('community_post_revisions').addColumn('files_changed', 'text').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('community_post_revisions').dropColumn('files_changed').execute();
}
