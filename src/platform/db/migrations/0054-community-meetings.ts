import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * A community's meetings (issue 13): events of the events domain that a facilitator attached to the
 * community. Only the link lives here; the events themselves stay in the events domain's tables.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('community_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_meetings_key_idx')
    .on('community_meetings')
    .columns(['community_id', 'event_id'])
    .unique()
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('community_meetings').execute();
}
