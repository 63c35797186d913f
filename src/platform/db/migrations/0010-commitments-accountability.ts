import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Commitments, second round (issue 5):
 * - commitment_links: typed links from a commitment to records of other domains (a practice, an
 *   event, an event's recommendation) chosen from pickers; the free URL lists stay as "other links";
 * - commitment_report_files: evidence files (uploads) attached to a progress report;
 * - a commitment can be withdrawn (by its lead) or unpublished (by the secretariat): when, by whom,
 *   why;
 * - the dashboard reads counts kept up to date on write instead of counting rows on every request:
 *   commitment_facet_counts (published commitments per cycle, facet and value),
 *   commitment_dimension_counts (per cycle: published commitments by kind, stage, level, progress
 *   with the sum of their percentages, stakeholder type and year of publication; their reports by
 *   year; the commitments that reported in each round; '' stands for "none") and a publication
 *   flag on reports (a withdrawn commitment's reports leave the figures with it).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('commitment_links')
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('context_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('commitment_links_pk', ['commitment_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('commitment_links_target_idx')
    .on('commitment_links')
    .columns(['target_type', 'target_id'])
    .execute();

  await db.schema
    .createTable('commitment_report_files')
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('commitment_reports.id').onDelete('cascade'),
    )
    .addColumn('upload_id', 'text', (c) => c.notNull().references('uploads.id').onDelete('cascade'))
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('commitment_report_files_pk', ['report_id', 'upload_id'])
    .execute();
  await db.schema
    .createIndex('commitment_report_files_commitment_idx')
    .on('commitment_report_files')
    .columns(['commitment_id', 'upload_id'])
    .execute();

  await db.schema.alterTable('commitments').addColumn('withdrawn_at', 'text').execute();
  await db.schema.alterTable('commitments').addColumn('withdrawal_reason', 'text').execute();
  await db.schema
    .alterTable('commitments')
    .addColumn('withdrawn_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('commitment_facet_counts')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('commitment_facet_counts_pk', ['cycle_id', 'facet', 'value'])
    .execute();
  await db
    .insertInto('commitment_facet_counts')
    .columns(['cycle_id', 'facet', 'value', 'n'])
    .expression(
      db
        .selectFrom('commitment_facets')
        .select(['cycle_id', 'facet', 'value', sql<number>`count(*)`.as('n')])
        .where('is_published', '=', 1)
        .groupBy(['cycle_id', 'facet', 'value']),
    )
    .execute();

  await db.schema
    .createTable('commitment_dimension_counts')
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('percent_sum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('percent_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('commitment_dimension_counts_pk', ['cycle_id', 'dimension', 'value'])
    .execute();
  const published = () => db.selectFrom('commitments').where('commitments.status', '=', 'published');
  const columns = ['cycle_id', 'dimension', 'value', 'n', 'percent_sum', 'percent_count'] as const;
  for (const [dimension, expression] of [
    ['kind', sql<string>`coalesce(commitments.kind, '')`],
    ['stage', sql<string>`coalesce(commitments.stage, '')`],
    ['level', sql<string>`coalesce(commitments.level, '')`],
    ['type', sql<string>`commitments.stakeholder_type`],
    ['published_year', sql<string>`coalesce(substr(commitments.published_at, 1, 4), '')`],
  ] as const) {
    await db
      .insertInto('commitment_dimension_counts')
      .columns(columns)
      .expression(
        published()
          .select([
            'commitments.cycle_id',
            sql<string>`${dimension}`.as('dimension'),
            expression.as('value'),
            sql<number>`count(*)`.as('n'),
            sql<number>`0`.as('percent_sum'),
            sql<number>`0`.as('percent_count'),
          ])
          .groupBy([sql`1`, sql`3`]),
      )
      .execute();
  }
  await db
    .insertInto('commitment_dimension_counts')
    .columns(columns)
    .expression(
      published()
        .select([
          'commitments.cycle_id',
          sql<string>`'progress'`.as('dimension'),
          sql<string>`coalesce(commitments.progress_status, '')`.as('value'),
          sql<number>`count(*)`.as('n'),
          sql<number>`coalesce(sum(commitments.progress_percent), 0)`.as('percent_sum'),
          sql<number>`count(commitments.progress_percent)`.as('percent_count'),
        ])
        .groupBy([sql`1`, sql`3`]),
    )
    .execute();
  const publishedReports = () =>
    db
      .selectFrom('commitment_reports')
      .innerJoin('commitments', 'commitments.id', 'commitment_reports.commitment_id')
      .where('commitments.status', '=', 'published');
  await db
    .insertInto('commitment_dimension_counts')
    .columns(columns)
    .expression(
      publishedReports()
        .select([
          'commitment_reports.cycle_id',
          sql<string>`'report_year'`.as('dimension'),
          sql<string>`substr(commitment_reports.reported_at, 1, 4)`.as('value'),
          sql<number>`count(*)`.as('n'),
          sql<number>`0`.as('percent_sum'),
          sql<number>`0`.as('percent_count'),
        ])
        .groupBy([sql`1`, sql`3`]),
    )
    .execute();
  await db
    .insertInto('commitment_dimension_counts')
    .columns(columns)
    .expression(
      publishedReports()
        .select([
          'commitment_reports.cycle_id',
          sql<string>`'round'`.as('dimension'),
          'commitment_reports.round_id as value',
          sql<number>`count(distinct commitment_reports.commitment_id)`.as('n'),
          sql<number>`0`.as('percent_sum'),
          sql<number>`0`.as('percent_count'),
        ])
        .where('commitment_reports.round_id', 'is not', null)
        .groupBy(['commitment_reports.cycle_id', 'commitment_reports.round_id']),
    )
    .execute();

  await db.schema
    .alterTable('commitment_reports')
    .addColumn('is_published', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .updateTable('commitment_reports')
    .set({ is_published: 0 })
    .where(
      'commitment_id',
      'not in',
      db.selectFrom('commitments').select('id').where('status', '=', 'published'),
    )
    .execute();
  // Reports per year of published commitments (the dashboard's trend) from the index alone.
  await db.schema
    .createIndex('commitment_reports_published_year_idx')
    .on('commitment_reports')
    .columns(['is_published', 'reported_at', 'cycle_id'])
    .execute();
  // Financing totals by currency read this index alone.
  await db.schema
    .createIndex('commitments_financing_idx')
    .on('commitments')
    .columns(['status', 'currency', 'amount', 'cycle_id'])
    .execute();
  // Who reported in a round, counting only published commitments.
  await db.schema
    .createIndex('commitment_reports_round_published_idx')
    .on('commitment_reports')
    .columns(['round_id', 'is_published', 'commitment_id'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropIndex('commitment_reports_round_published_idx').ifExists().execute();
  await db.schema.dropIndex('commitments_financing_idx').ifExists().execute();
  await db.schema.dropIndex('commitment_reports_published_year_idx').ifExists().execute();
  await db.schema.alterTable('commitment_reports').dropColumn('is_published').execute();
  await db.schema.dropTable('commitment_dimension_counts').ifExists().execute();
  await db.schema.dropTable('commitment_facet_counts').ifExists().execute();
  for (const column of ['withdrawn_by', 'withdrawal_reason', 'withdrawn_at']) {
    await db.schema.alterTable('commitments').dropColumn(column).execute();
  }
  await db.schema.dropTable('commitment_report_files').ifExists().execute();
  await db.schema.dropTable('commitment_links').ifExists().execute();
}
