import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Site texts get a version (docs/adr/0099): the secretariat edits the hub's page texts and category names
 * per language, and a save is refused when someone changed that text in that language meanwhile.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('site_texts')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('site_texts').dropColumn('version').execute();
}
