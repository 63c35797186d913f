import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Ranking every match (docs/adr/0022-rank-every-match.md): each document keeps how many distinct
 * concepts it carries (`concept_count`, its focus in the ranking's tie-break), and its index gains a
 * marker for each word of its title and summary (written by the engines, no schema change). Documents
 * already indexed have neither, so the search is reindexed from the records once (search_state
 * "reindex", as 0012 does) when the database holds any.
 */
const RECORD_TABLES = ['organizations', 'practices', 'commitments', 'events', 'news_articles', 'campaigns'];

export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('concept_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const anyRecord = sql.join(
    RECORD_TABLES.map((table) => sql`select 1 from ${sql.table(table)}`),
    sql` union all `,
  );
  await sql`insert into search_state (key, value)
    select 'reindex', 'required' where exists (${anyRecord})
    on conflict (key) do update set value = 'required'`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('search_documents').dropColumn('concept_count').execute();
}
