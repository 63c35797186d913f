import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Cross-sector connections (issue 14): offers and needs published by member organisations, and the
 * terms each is matched by (concept ids, places, working languages) in a narrow table, so that the
 * listings sharing a term are found through one index on both databases.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('connection_listings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('help_kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('concepts', 'text', (c) => c.notNull())
    .addColumn('tagged_concepts', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('is_anywhere', 'integer', (c) => c.notNull())
    .addColumn('working_languages', 'text', (c) => c.notNull())
    .addColumn('open_until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('connection_listings_open')
    .on('connection_listings')
    .columns(['status', 'kind', 'open_until'])
    .execute();
  await db.schema
    .createIndex('connection_listings_organization')
    .on('connection_listings')
    .columns(['organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('connection_terms')
    .addColumn('listing_id', 'text', (c) =>
      c.notNull().references('connection_listings.id').onDelete('cascade'),
    )
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('connection_terms_pk', ['listing_id', 'term'])
    .execute();
  await db.schema
    .createIndex('connection_terms_term')
    .on('connection_terms')
    .columns(['term', 'is_open', 'kind', 'listing_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('connection_terms').execute();
  await db.schema.dropTable('connection_listings').execute();
}
