import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Earlier versions of a motivation letter (issue 16, item 8): when an applicant who was asked for
 * more information changes the letter, the text the secretariat had read is kept here, so the
 * reviewer sees what changed.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('application_letter_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('membership_applications.id').onDelete('cascade'),
    )
    .addColumn('letter_text', 'text', (c) => c.notNull())
    .addColumn('kept_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_letter_versions_application_idx')
    .on('application_letter_versions')
    .columns(['application_id', 'kept_at'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('application_letter_versions').execute();
}
