import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Replies by e-mail (issue 13, docs/adr/0056): one row per mail that became a post, keyed by its
 * Message-ID, written in the post's own transaction, so a mail delivered twice posts once.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('community_inbound_mail')
    .addColumn('message_key', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('community_inbound_mail').execute();
}
