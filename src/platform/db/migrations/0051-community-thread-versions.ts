import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Threads carry a version, like every other record the search reindex walks (record-rows.ts locks a
 * batch by touching it); and public threads join the hub's search, so a database that already has
 * threads asks for one reindex from the records (0012's flag).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('community_threads')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`insert into search_state (key, value)
    select 'reindex', 'required' where exists (select 1 from community_threads)
    on conflict (key) do nothing`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('community_threads').dropColumn('version').execute();
}
