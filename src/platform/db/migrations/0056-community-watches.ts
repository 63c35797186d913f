import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Watching communities and threads (issue 13, docs/adr/0055). A watch is a person's row for a
 * community or a thread: 'watching', or 'muted' for a thread they chose to stop (so replying again does
 * not watch it behind their back). Each person's community mail setting — at once, a daily or a weekly
 * digest, or nothing — with the time zone their digest days are counted in, and how far each digest has
 * been sent (the end of the last period mailed, so a rerun after a crash skips who was done).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('community_watches')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_watches_pk', ['user_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('community_watches_target_idx')
    .on('community_watches')
    .columns(['target_type', 'target_id', 'state'])
    .execute();
  await db.schema
    .createTable('community_mail_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('daily_sent_through', 'text')
    .addColumn('weekly_sent_through', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_mail_settings_frequency_idx')
    .on('community_mail_settings')
    .columns(['frequency', 'user_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('community_mail_settings').execute();
  await db.schema.dropTable('community_watches').execute();
}
