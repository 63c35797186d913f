import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Uploaded files kept in the database, so that every node of a hub on one PostgreSQL serves what any
 * node saved (docs/adr/0027). Used when DATABASE_URL is set and S3_URL is not; SQLite hubs keep files
 * on disk but have the table too, so both schemas stay alike. `key` is the store key the records
 * already hold ("xx/<40 hex>").
 */
export async function up(db: TAnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('stored_files')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('bytes', isPostgres ? sql`bytea` : 'blob', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('stored_files').execute();
}
