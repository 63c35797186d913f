import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The country a news article is about (ISO 3166 alpha-2, or null), so that its page can show that
 * country's key care figure beside it (issue 15).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('news_articles').addColumn('country_code', 'text').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('news_articles').dropColumn('country_code').execute();
}
