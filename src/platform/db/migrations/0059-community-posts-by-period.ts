import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * A community's posts by time (docs/benchmarks.md, communities): a digest reads, for each of a reader's
 * communities, the posts of one period; without this index each reader's digest scanned every post.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createIndex('community_posts_period_idx')
    .on('community_posts')
    .columns(['community_id', 'created_at'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropIndex('community_posts_period_idx').execute();
}
