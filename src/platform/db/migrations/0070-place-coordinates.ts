import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Where a gazetteer place is (issue 16): forms pick a city from the gazetteer instead of asking for
 * latitude and longitude, so the place carries them (WGS 84 degrees, null when unknown). Seeded places
 * get theirs on the next start (src/domains/search/place-seeds.ts); ADR 0060.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('search_places').addColumn('latitude', 'double precision').execute();
  await db.schema.alterTable('search_places').addColumn('longitude', 'double precision').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('search_places').dropColumn('longitude').execute();
  await db.schema.alterTable('search_places').dropColumn('latitude').execute();
}
