import { type Kysely, sql } from 'kysely';

/**
 * Asks the next start to analyse every search document again from the kept rows (search_state
 * "rebuild"), when the index holds any: what a migration did when the analyser read texts anew (0069,
 * 0093–0095). Since ADR 0126 an analyser change needs no migration: the analyser's fingerprint asks for it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function requireSearchRebuild(db: Kysely<any>): Promise<void> {
  await sql`insert into search_state (key, value)
    select 'rebuild', 'required' where exists (select 1 from search_documents)
    and not exists (select 1 from search_state where key = 'rebuild')`.execute(db);
}
