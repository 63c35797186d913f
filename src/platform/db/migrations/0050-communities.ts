import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Communities of practice (issue 13): a community (names and descriptions in several languages, care
 * themes, regions, a picture, open or by request, public or private), its members (facilitator or
 * member; a request waits as "requested"), its threads, their posts, each post's earlier versions,
 * the translations members add, and "helpful" marks.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('join_policy', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('regions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('picture_id', 'text')
    .addColumn('picture_key', 'text')
    .addColumn('picture_alt', 'text')
    .addColumn('picture_width', 'integer')
    .addColumn('picture_height', 'integer')
    .addColumn('created_by', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_activity_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('communities_status_idx')
    .on('communities')
    .columns(['status', 'name'])
    .execute();

  await db.schema
    .createTable('community_members')
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('is_listed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_members_pk', ['community_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('community_members_user_idx')
    .on('community_members')
    .columns(['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('community_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('accepted_post_id', 'text')
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_post_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_threads_list_idx')
    .on('community_threads')
    .columns(['community_id', 'last_post_at'])
    .execute();

  await db.schema
    .createTable('community_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('community_threads.id').onDelete('cascade'))
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('quote_of', 'text')
    .addColumn('is_deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('helpful_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('community_posts_thread_idx')
    .on('community_posts')
    .columns(['thread_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('community_post_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addColumn('replaced_by', 'text')
    .execute();
  await db.schema
    .createIndex('community_post_revisions_post_idx')
    .on('community_post_revisions')
    .columns(['post_id', 'replaced_at'])
    .execute();

  await db.schema
    .createTable('community_post_translations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('translated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_post_translations_key_idx')
    .on('community_post_translations')
    .columns(['post_id', 'language'])
    .unique()
    .execute();

  await db.schema
    .createTable('community_post_helpful')
    .addColumn('post_id', 'text', (c) => c.notNull().references('community_posts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_post_helpful_pk', ['post_id', 'user_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  for (const table of [
    'community_post_helpful',
    'community_post_translations',
    'community_post_revisions',
    'community_posts',
    'community_threads',
    'community_members',
    'communities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
