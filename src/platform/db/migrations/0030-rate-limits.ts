import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Rate-limit counters shared by every node of a hub (docs/adr/0025): one row per limited key, in the
 * shape rate-limiter-flexible's SQL stores read and write (`points` counted so far, `expire` the end of
 * the window in milliseconds since 1970). The library is told the table exists and never creates it.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();
  await sql`create index rate_limits_expire on rate_limits (expire)`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
