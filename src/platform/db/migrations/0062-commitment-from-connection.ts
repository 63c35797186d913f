import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * When an outcome of a connection in the hub ("new commitment", issue 14) was first linked to a
 * commitment, or null: the commitment's page, API and CSV say it came from a connection.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('commitments').addColumn('from_connection_at', 'text').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('commitments').dropColumn('from_connection_at').execute();
}
