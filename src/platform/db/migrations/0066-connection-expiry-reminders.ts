import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Offers and needs (issue 14, ADR 0049): the "until" date an expiry reminder was last sent for, so the
 * reminder goes once per date (a listing extended to a new date is reminded again), and the index the
 * hourly expiry job reads open listings by date with.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('connection_listings').addColumn('reminded_until', 'text').execute();
  await db.schema
    .createIndex('connection_listings_open_until')
    .on('connection_listings')
    .columns(['status', 'open_until'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropIndex('connection_listings_open_until').execute();
  await db.schema.alterTable('connection_listings').dropColumn('reminded_until').execute();
}
