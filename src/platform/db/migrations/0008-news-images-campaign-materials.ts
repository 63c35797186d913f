import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Uploaded pictures for news articles (a public id for the address, the storage key of the re-encoded
 * WebP and its size), and campaign materials: files and images uploaded by the campaign's leads, each
 * an upload with a title and, for images, a description.
 */
export async function up(db: TAnyDb): Promise<void> {
  // SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('news_articles').addColumn('image_id', 'text').execute();
  await db.schema.alterTable('news_articles').addColumn('image_key', 'text').execute();
  await db.schema.alterTable('news_articles').addColumn('image_width', 'integer').execute();
  await db.schema.alterTable('news_articles').addColumn('image_height', 'integer').execute();
  await db.schema
    .createIndex('news_articles_image_idx')
    .on('news_articles')
    .column('image_id')
    .unique()
    .execute();

  await db.schema
    .createTable('campaign_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('upload_id', 'text', (c) => c.notNull().references('uploads.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('alt', 'text')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaign_materials_campaign_idx')
    .on('campaign_materials')
    .columns(['campaign_id', 'added_at'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('campaign_materials').ifExists().execute();
  await db.schema.dropIndex('news_articles_image_idx').ifExists().execute();
  for (const column of ['image_height', 'image_width', 'image_key', 'image_id']) {
    await db.schema.alterTable('news_articles').dropColumn(column).execute();
  }
}
