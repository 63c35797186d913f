import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The applicant's replies to a request for more information (issue 16, item 8): each reply keeps the
 * question it answers (a later request replaces the application's own), the applicant's message, and
 * the files added with it — uploads of their own, so a reply never overwrites the letter's file.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('application_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('membership_applications.id').onDelete('cascade'),
    )
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_replies_application_idx')
    .on('application_replies')
    .columns(['application_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('application_reply_files')
    .addColumn('upload_id', 'text', (c) => c.primaryKey().references('uploads.id').onDelete('cascade'))
    .addColumn('reply_id', 'text', (c) =>
      c.notNull().references('application_replies.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_reply_files_reply_idx')
    .on('application_reply_files')
    .columns(['reply_id', 'position'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('application_reply_files').execute();
  await db.schema.dropTable('application_replies').execute();
}
