import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Round names per language (issue 16, item 4, docs/adr/0063): the name a round was opened with keeps
 * the language it was written in; its translations are site texts ("round_title:{id}", per locale).
 * Rounds opened before this were named in English.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('reporting_rounds')
    .addColumn('title_language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('reporting_rounds').dropColumn('title_language').execute();
}
