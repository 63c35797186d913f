import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The repository of practices: one row per practice (lists and structured parts as JSON text, per
 * docs/adr/0003), every saved version as a revision, files as links to uploads, and the practice's
 * facets (countries, themes, populations, kind…) as rows so browse pages, related practices and
 * concept pages are plain indexed look-ups on both databases.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('beneficiaries', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('cities', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scope', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('is_ongoing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('implementers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('populations', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('eligibility', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('five_r', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sdg_targets', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('is_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('submitted_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('practices_status_published_idx')
    .on('practices')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema.createIndex('practices_created_by_idx').on('practices').column('created_by').execute();

  await db.schema
    .createTable('practice_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('practice_revisions_version_uq', ['practice_id', 'version'])
    .execute();

  await db.schema
    .createTable('practice_facets')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_facets_pk', ['practice_id', 'facet', 'value'])
    .execute();
  await db.schema
    .createIndex('practice_facets_value_idx')
    .on('practice_facets')
    .columns(['facet', 'value', 'practice_id'])
    .execute();

  await db.schema
    .createTable('practice_files')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('upload_id', 'text', (c) => c.notNull().references('uploads.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_files_pk', ['practice_id', 'upload_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('practice_files').ifExists().execute();
  await db.schema.dropTable('practice_facets').ifExists().execute();
  await db.schema.dropTable('practice_revisions').ifExists().execute();
  await db.schema.dropTable('practices').ifExists().execute();
}
