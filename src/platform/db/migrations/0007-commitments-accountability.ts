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
 *   commitment_facet_counts (published commitments per cycle, facet and value) and a publication
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
  await db.schema.dropTable('commitment_facet_counts').ifExists().execute();
  for (const column of ['withdrawn_by', 'withdrawal_reason', 'withdrawn_at']) {
    await db.schema.alterTable('commitments').dropColumn(column).execute();
  }
  await db.schema.dropTable('commitment_report_files').ifExists().execute();
  await db.schema.dropTable('commitment_links').ifExists().execute();
}
