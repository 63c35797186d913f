import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The gazetteer (issue 12): places a query can name beyond countries and regions (cities, districts),
 * each with the names other languages and scripts give it, editable by curators on /admin/places.
 * `names` is a JSON array, the local name first. The search domain seeds it on first start
 * (src/domains/search/place-seeds.ts).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('search_places')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('search_places').execute();
}
