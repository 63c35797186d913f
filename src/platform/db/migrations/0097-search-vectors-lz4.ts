import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * PostgreSQL only (issue 12, ADR 0127): the search vectors are compressed with lz4 instead of pglz. Every
 * vector is stored out of line (toast_tuple_target 128, migration 0011), so each is compressed when it is
 * written: pglz took ~80 µs of a 3.8 kB vector (a quarter of the server's work on search_vectors in the
 * bulk import) and left it larger (12 MB against 9.5 MB for 3,000 vectors); lz4 is also quicker to read back
 * when a search ranks. Vectors written before stay as they are (each value knows its method) until rewritten.
 * A server built without lz4 keeps pglz.
 */
export async function up(db: TAnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const lz4 = await sql<{ isAvailable: boolean }>`
    select coalesce(bool_or('lz4' = any (enumvals)), false) as "isAvailable"
    from pg_settings where name = 'default_toast_compression'`.execute(db);
  if (!lz4.rows[0]?.isAvailable) return;
  await sql`alter table search_vectors alter column tsv set compression lz4`.execute(db);
  await sql`alter table search_documents alter column tsv_head set compression lz4`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_vectors alter column tsv set compression default`.execute(db);
  await sql`alter table search_documents alter column tsv_head set compression default`.execute(db);
}
