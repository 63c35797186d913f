import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The names of the places a search document declares (a practice's cities and eligible places), kept in
 * its row (issue 12, docs/adr/0105-one-index-entry-written-and-rebuilt.md): the analyser reads them in the
 * gazetteer as tagged places, so a rebuild from the kept rows (search_state "rebuild") must have them to
 * give the entry it gave when first written. Rows written before do not hold them: every record is
 * indexed again from its domain by the next start (search_state "reindex"), which fills the column.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('search_documents')
    .addColumn('places', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await sql`insert into search_state (key, value)
    select 'reindex', 'required' where exists (select 1 from search_documents)
    and not exists (select 1 from search_state where key = 'reindex')`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('search_documents').dropColumn('places').execute();
}
