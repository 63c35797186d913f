import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The search index of the hub, fed by our own analyser (src/platform/search):
 * - search_documents: what was indexed, with the original text (snippets are cut from it) and metadata;
 * - search_facets: one row per (document, facet, value), for filters and counts over the match set;
 * - SQLite: search_fts, a contentless FTS5 table (title, summary, body, concepts) over our tokens,
 *   and search_fts_vocab (fts5vocab) over it for "did you mean";
 * - PostgreSQL: tsvector columns built from our tokens (weights A title, B concepts, C summary,
 *   D body; tsv_head is the small title/concepts/summary part used to pick candidates cheaply), a GIN
 *   index, and search_terms, the title and summary vocabulary for "did you mean".
 */
export async function up(db: TAnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  let documents = db.schema
    .createTable('search_documents')
    .addColumn('seq', isPostgres ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull());
  if (isPostgres) {
    documents = documents
      .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
      .addColumn('tsv_head', sql`tsvector`, (c) => c.notNull());
  }
  await documents.execute();
  await db.schema
    .createIndex('search_documents_published_idx')
    .on('search_documents')
    .columns(['published_at', 'id'])
    .execute();

  await db.schema
    .createTable('search_facets')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('search_documents.id').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facets_pk', ['doc_id', 'facet', 'value'])
    .execute();
  await db.schema
    .createIndex('search_facets_value_idx')
    .on('search_facets')
    .columns(['facet', 'value', 'doc_id'])
    .execute();

  if (isPostgres) {
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
    await db.schema
      .createTable('search_terms')
      .addColumn('term', sql`text collate "C"`, (c) => c.primaryKey())
      .addColumn('doc_count', 'integer', (c) => c.notNull())
      .execute();
  } else {
    // Contentless (the original text is in search_documents; the FTS table holds only the index) with
    // contentless_delete so rows can be replaced and removed; the ascii tokenizer splits on ASCII
    // spaces and punctuation only, so our tokens (any script, concept tokens with "·") stay whole.
    await sql`create virtual table search_fts using fts5(
      title, summary, body, concepts,
      content = '', contentless_delete = 1, tokenize = 'ascii'
    )`.execute(db);
    await sql`create virtual table search_fts_vocab using fts5vocab(search_fts, 'col')`.execute(db);
  }
}

export async function down(db: TAnyDb): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPostgres) {
    await db.schema.dropTable('search_terms').execute();
  } else {
    await sql`drop table search_fts_vocab`.execute(db);
    await sql`drop table search_fts`.execute(db);
  }
  await db.schema.dropTable('search_facets').execute();
  await db.schema.dropTable('search_documents').execute();
}
