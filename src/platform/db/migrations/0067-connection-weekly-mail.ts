import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The weekly mail of new matches (issue 14, ADR 0049): who asked for it (opt-in, one row per person),
 * and up to when matches were mailed, so each week's mail is written once and lists only what is new.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('connection_weekly_mail')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('subscribed_at', 'text', (c) => c.notNull())
    .addColumn('sent_through', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('connection_weekly_mail').execute();
}
