import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * search_facets is read by document only (ADR 0129): a document's rows when it is rewritten, every
 * document's pairs for the facet counter, a batch's rows when the index is rebuilt — all by `seq`, its
 * primary key. Filters are index tokens (ADR 0007) and totals live in search_facet_totals, so the index
 * on (facet, value, seq) answered nothing; it was a b-tree written with every facet row (~11 a document,
 * 1.1 million at 100,000 practices) in every publication and the bulk import.
 */
export async function up(db: TAnyDb): Promise<void> {
  await sql`drop index search_facets_value_seq_idx`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await sql`create index search_facets_value_seq_idx on search_facets (facet, value, seq)`.execute(db);
}
