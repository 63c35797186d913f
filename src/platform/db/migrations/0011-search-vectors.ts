import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * PostgreSQL only (docs/adr/0015-narrow-search-vectors.md): the full-text vectors move out of
 * search_documents into a narrow table of their own, search_vectors (seq, tsv). A search_documents row
 * also carries a document's text, so one row filled a heap page and a search that found 10,000
 * matches read 10,000 pages; here a row's vector is stored out of line (toast_tuple_target 128), a
 * hundred and more rows share a page, and finding, ordering (newest indexed first, by seq, as FTS5
 * does by rowid) and counting the matches reads only keys. The vector is read (and decompressed) only
 * for the few documents ranked.
 * tsv_head stays in search_documents: only the writer reads it, to keep search_terms in step.
 * SQLite's FTS5 index is already a table of its own: nothing changes there.
 */
export async function up(db: TAnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create table search_vectors (
      seq integer primary key references search_documents (seq) on delete cascade,
      tsv tsvector not null
    ) with (toast_tuple_target = 128)`.execute(db);
  await sql`
    insert into search_vectors (seq, tsv) select seq, tsv from search_documents order by seq`.execute(db);
  await sql`create index search_vectors_tsv_idx on search_vectors using gin (tsv)`.execute(db);
  await sql`alter table search_documents drop column tsv`.execute(db);
  await sql`analyze search_vectors`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_documents add column tsv tsvector not null default ''`.execute(db);
  await sql`update search_documents d set tsv = v.tsv from search_vectors v where v.seq = d.seq`.execute(db);
  await sql`alter table search_documents alter column tsv drop default`.execute(db);
  await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  await sql`drop table search_vectors`.execute(db);
}
