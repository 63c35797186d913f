import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Search that stays fast at 100,000 documents (docs/adr/0014-bounded-search.md):
 * - facet values become index tokens ("f·<facet hex>·<value hex>") in the full-text index, so a filter
 *   is part of the match (an index intersection) instead of a lookup per matching document;
 * - search_facets is keyed by the document's integer seq (counting over candidates is a range scan);
 * - search_facet_totals keeps the counts over the whole index, for the unfiltered browse view;
 * - search_documents.concepts keeps the concepts people tagged a document with, so the index can be
 *   rebuilt from its own tables (search_state.rebuild asks the next start to do that).
 * SQLite cannot add a column to an FTS5 table, and its contentless index cannot be re-read, so the
 * table is recreated and refilled by that rebuild; PostgreSQL adds the facet tokens in place.
 */
export async function up(db: TAnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .alterTable('search_documents')
    .addColumn('concepts', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('search_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  let facets = db.schema
    .createTable('search_facets_by_seq')
    .addColumn('seq', 'integer', (c) => c.notNull().references('search_documents.seq').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facets_seq_pk', ['seq', 'facet', 'value']);
  if (!isPostgres) facets = facets.modifyEnd(sql`without rowid`);
  await facets.execute();
  await sql`insert into search_facets_by_seq (seq, facet, value)
    select d.seq, f.facet, f.value from search_facets f join search_documents d on d.id = f.doc_id`.execute(
    db,
  );

  await db.schema
    .createTable('search_facet_totals')
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facet_totals_pk', ['facet', 'value'])
    .execute();
  await sql`insert into search_facet_totals (facet, value, count)
    select facet, value, count(*) from search_facets_by_seq group by facet, value`.execute(db);

  if (isPostgres) {
    // The facet tokens join each document's vectors (no positions: they are matched, never ranked).
    await sql`
      update search_documents d set tsv = d.tsv || t.tokens, tsv_head = d.tsv_head || t.tokens
      from (
        select seq, array_to_tsvector(array_agg(
          'f·' || encode(convert_to(facet, 'UTF8'), 'hex') || '·' || encode(convert_to(value, 'UTF8'), 'hex')
        )) as tokens
        from search_facets_by_seq group by seq
      ) t
      where t.seq = d.seq`.execute(db);
  } else {
    await sql`drop table search_fts_vocab`.execute(db);
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, summary, body, concepts, facets,
      content = '', contentless_delete = 1, tokenize = 'ascii'
    )`.execute(db);
    await sql`create virtual table search_fts_vocab using fts5vocab(search_fts, 'col')`.execute(db);
    await sql`insert into search_state (key, value)
      select 'rebuild', 'required' where exists (select 1 from search_documents)`.execute(db);
  }

  await db.schema.dropTable('search_facets').execute();
  await sql`alter table search_facets_by_seq rename to search_facets`.execute(db);
  await db.schema
    .createIndex('search_facets_value_seq_idx')
    .on('search_facets')
    .columns(['facet', 'value', 'seq'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropIndex('search_facets_value_seq_idx').execute();
  await sql`alter table search_facets rename to search_facets_by_seq`.execute(db);
  await db.schema
    .createTable('search_facets')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('search_documents.id').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facets_pk', ['doc_id', 'facet', 'value'])
    .execute();
  await sql`insert into search_facets (doc_id, facet, value)
    select d.id, f.facet, f.value from search_facets_by_seq f join search_documents d on d.seq = f.seq`.execute(
    db,
  );
  await db.schema
    .createIndex('search_facets_value_idx')
    .on('search_facets')
    .columns(['facet', 'value', 'doc_id'])
    .execute();
  await db.schema.dropTable('search_facets_by_seq').execute();
  await db.schema.dropTable('search_facet_totals').execute();
  await db.schema.dropTable('search_state').execute();
  if (!isPostgres) {
    // The old four-column FTS table is refilled only by re-publishing records; recreate it empty.
    await sql`drop table search_fts_vocab`.execute(db);
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(
      title, summary, body, concepts, content = '', contentless_delete = 1, tokenize = 'ascii'
    )`.execute(db);
    await sql`create virtual table search_fts_vocab using fts5vocab(search_fts, 'col')`.execute(db);
  }
  await db.schema.alterTable('search_documents').dropColumn('concepts').execute();
}
