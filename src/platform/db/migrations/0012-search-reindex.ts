import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Asks for one reindex of the search from the records (search_state "reindex" = "required") when the
 * database already holds records: some were created before their domain fed the search (member
 * organisations before organisations joined it) and are found only once the domains walk their
 * records again. main.ts runs that in the background after start-up and clears the flag
 * (src/domains/search/reindex.service.ts). An empty database (a fresh start, where the demo indexes
 * what it loads) gets no flag. Nothing in the schema changes.
 */
const RECORD_TABLES = ['organizations', 'practices', 'commitments', 'events', 'news_articles', 'campaigns'];

export async function up(db: TAnyDb): Promise<void> {
  const anyRecord = sql.join(
    RECORD_TABLES.map((table) => sql`select 1 from ${sql.table(table)}`),
    sql` union all `,
  );
  await sql`insert into search_state (key, value)
    select 'reindex', 'required' where exists (${anyRecord})
    on conflict (key) do nothing`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.deleteFrom('search_state').where('key', '=', 'reindex').execute();
}
