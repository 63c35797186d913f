import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * The care observatory: indicator series (one per published file), their current values, the values
 * a later release replaced or withdrew (history), and each import that changed something. A value is
 * identified within its series by its dimensions (area, period, sex, age, location…) joined into
 * `dims_key`; numbers are double precision on both databases, categories keep their code and label.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('indicator_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_code', 'text', (c) => c.notNull().unique())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('indicator_label', 'text', (c) => c.notNull())
    .addColumn('indicator_title', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('unit_label', 'text', (c) => c.notNull())
    .addColumn('sdg_series_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('value_count', 'integer', (c) => c.notNull())
    .addColumn('country_count', 'integer', (c) => c.notNull())
    .addColumn('first_year', 'integer')
    .addColumn('last_year', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text', (c) => c.notNull().references('indicator_series.id').onDelete('cascade'))
    .addColumn('dims_key', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('area_name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('time_detail', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age', 'text', (c) => c.notNull())
    .addColumn('age_label', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('value_code', 'text')
    .addColumn('value_label', 'text')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) => c.notNull())
    .addColumn('nature_label', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('footnote', 'text', (c) => c.notNull())
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('is_latest', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_values_key_idx')
    .on('indicator_values')
    .columns(['series_id', 'dims_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('indicator_values_country_idx')
    .on('indicator_values')
    .columns(['country', 'series_id', 'year'])
    .execute();
  await db.schema
    .createIndex('indicator_values_area_idx')
    .on('indicator_values')
    .columns(['area_code', 'series_id'])
    .execute();

  await db.schema
    .createTable('indicator_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text', (c) => c.notNull().references('indicator_series.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('changed', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_imports_series_idx')
    .on('indicator_imports')
    .columns(['series_id', 'imported_at'])
    .execute();

  // A value as it stood before an import changed or withdrew it.
  await db.schema
    .createTable('indicator_value_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text', (c) => c.notNull().references('indicator_series.id').onDelete('cascade'))
    .addColumn('import_id', 'text', (c) => c.notNull().references('indicator_imports.id').onDelete('cascade'))
    .addColumn('dims_key', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('value_label', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('footnote', 'text', (c) => c.notNull())
    .addColumn('release', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_value_history_key_idx')
    .on('indicator_value_history')
    .columns(['series_id', 'dims_key'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('indicator_value_history').ifExists().execute();
  await db.schema.dropTable('indicator_imports').ifExists().execute();
  await db.schema.dropTable('indicator_values').ifExists().execute();
  await db.schema.dropTable('indicator_series').ifExists().execute();
}
