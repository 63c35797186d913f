import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Practices that respond to event recommendations: one row per link, chosen by the practice's
 * editors. Removing either side removes the link; the outcome page reads it the other way round.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('practice_recommendations')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('recommendation_id', 'text', (c) =>
      c.notNull().references('event_recommendations.id').onDelete('cascade'),
    )
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_recommendations_pk', ['practice_id', 'recommendation_id'])
    .execute();
  await db.schema
    .createIndex('practice_recommendations_recommendation_idx')
    .on('practice_recommendations')
    .columns(['recommendation_id', 'practice_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('practice_recommendations').ifExists().execute();
}
