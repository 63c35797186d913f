import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Imports from documents (issue 18, docs/adr/0067): the document (a stored file, private, or pasted
 * text), the text read from it, the fields proposed with their evidence (JSON), the kind chosen, and
 * the state: waiting for a curator, drafted (the record it became), or dropped.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('document_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('file_key', 'text')
    .addColumn('file_type', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text')
    .addColumn('record_type', 'text')
    .addColumn('record_slug', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('document_imports_status')
    .on('document_imports')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('document_imports_sha')
    .on('document_imports')
    .columns(['file_sha256'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('document_imports').execute();
}
