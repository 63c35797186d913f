import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Moderation in communities (issue 13): reports of posts with their reason, posts hidden by a
 * facilitator, and the log of moderation acts with the reason each one gave, which the person they
 * concern is shown.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('community_posts').addColumn('hidden_reason', 'text').execute();
  await db.schema
    .createTable('community_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('reporter_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('community_reports_queue_idx')
    .on('community_reports')
    .columns(['community_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createTable('community_moderation_acts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text')
    .addColumn('post_id', 'text')
    .addColumn('subject_user_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_moderation_acts_person_idx')
    .on('community_moderation_acts')
    .columns(['subject_user_id', 'at'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('community_moderation_acts').execute();
  await db.schema.dropTable('community_reports').execute();
  await db.schema.alterTable('community_posts').dropColumn('hidden_reason').execute();
}
