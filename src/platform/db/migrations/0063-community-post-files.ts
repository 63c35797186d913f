import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Files attached to community posts (issue 13, docs/adr/0059): each an upload (the `uploads` row names
 * the stored file, so the orphan sweep of docs/adr/0034 already knows it), in the order it was attached.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('community_post_files')
    .addColumn('upload_id', 'text', (c) => c.primaryKey().references('uploads.id').onDelete('cascade'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_post_files_post_idx')
    .on('community_post_files')
    .columns(['post_id', 'position'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('community_post_files').execute();
}
