import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * practice_facets holds the facets of published practices only (ADR 0130): every reader lists published
 * practices, and without the rows of drafts, submitted, returned and withdrawn practices a count per value
 * is a walk of the (facet, value) index with no join to practices (~15 ms against ~440 ms a facet at
 * 100,000 practices). Their rows come back when they are published.
 */
export async function up(db: TAnyDb): Promise<void> {
  await sql`delete from practice_facets
    where practice_id in (select id from practices where status <> 'published')`.execute(db);
}

/** Nothing to restore: a practice's facets are written again whenever it changes. */
export async function down(): Promise<void> {}
