import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * SQLite keeps practice_facets by its primary key alone (`without rowid`, as search_facets since 0007):
 * the table was a rowid b-tree beside a b-tree for its key, so each facet row was written three times
 * with the value index; now twice (ADR 0128: the bulk import writes ~10 facet rows a practice).
 * PostgreSQL has no rowid: nothing changes there.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`create table practice_facets_keyed (
    practice_id text not null references practices (id) on delete cascade,
    facet text not null,
    value text not null,
    constraint practice_facets_pk primary key (practice_id, facet, value)
  ) without rowid`.execute(db);
  await sql`insert into practice_facets_keyed (practice_id, facet, value)
    select practice_id, facet, value from practice_facets`.execute(db);
  await sql`drop table practice_facets`.execute(db);
  await sql`alter table practice_facets_keyed rename to practice_facets`.execute(db);
  await sql`create index practice_facets_value_idx on practice_facets (facet, value, practice_id)`.execute(
    db,
  );
}

export async function down(): Promise<void> {}
