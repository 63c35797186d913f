import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * A text's words now meet concepts and places only in the languages it is read in (issue 12): an
 * English record's "child" no longer tags Chile, nor "per cent" Peru. The concepts kept in the index
 * were found the old way, so every document is analysed again by the next start (search_state
 * "rebuild", from the kept rows).
 */
export async function up(db: TAnyDb): Promise<void> {
  await sql`insert into search_state (key, value)
    select 'rebuild', 'required' where exists (select 1 from search_documents)
    and not exists (select 1 from search_state where key = 'rebuild')`.execute(db);
}

export async function down(): Promise<void> {}
