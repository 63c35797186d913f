import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The document an import came from stays attached to the record it became (issue 18, docs/adr/0082):
 * private to the record's reviewers unless a curator makes it public (0/1, docs/adr/0003); the record
 * page lists the documents of its record, found by type and slug.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('document_imports')
    .addColumn('source_public', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('document_imports_record')
    .on('document_imports')
    .columns(['record_type', 'record_slug'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropIndex('document_imports_record').execute();
  await db.schema.alterTable('document_imports').dropColumn('source_public').execute();
}
