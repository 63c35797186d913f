import type { Kysely } from 'kysely';
import { requireSearchRebuild } from './search-rebuild.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Every concept a search document carries — tagged by people, found in its text, or a place it names —
 * kept in its row (issue 12, docs/adr/0038-concept-postings-in-memory.md): each process holds the
 * concepts' posting lists in memory, so ranking a query that names a common concept no longer reads
 * the concept's whole posting list from the engine. Documents indexed before are re-analysed by the
 * next start (search_state.rebuild), which fills the column.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('concept_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await requireSearchRebuild(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('search_documents').dropColumn('concept_ids').execute();
}
