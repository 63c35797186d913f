import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Earlier files of a motivation letter (issue 16, item 8; docs/adr/0098): when an applicant replaces
 * or removes the letter's file, the earlier file (its `uploads` row, so backups and the orphan sweep
 * already know it) stays linked to the application here, with what happened to it and when.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('application_letter_files')
    .addColumn('upload_id', 'text', (c) => c.primaryKey().references('uploads.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('membership_applications.id').onDelete('cascade'),
    )
    // 'replaced' (a new file took its place) or 'removed' (the applicant took the file away).
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('kept_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_letter_files_application_idx')
    .on('application_letter_files')
    .columns(['application_id', 'kept_at'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('application_letter_files').execute();
}
