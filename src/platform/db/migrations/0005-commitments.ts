import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Commitments and accountability, plus the durable job queue (src/platform/jobs.ts) they use for
 * reminders.
 * - cycles are data: the first one (2021–2026) is seeded here, admins add the next ones;
 * - a commitment has one lead maker and co-makers who confirm (commitment_makers), SMART
 *   deliverables, multi-valued facets as rows (5R, SDG targets, countries, themes) carrying the
 *   commitment's cycle and publication flag so dashboard counts read one index;
 * - progress reports keep every filing (commitment_reports) with one row per deliverable;
 *   the commitment keeps a copy of its latest state (progress_status, last_report_at…) for listings;
 * - reporting rounds have a deadline and reminder offsets; the jobs table holds their reminders.
 */
const firstCycleId = '017b1c2e-0000-7000-8000-000000002021';

export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema
    .createTable('commitment_cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db
    .insertInto('commitment_cycles')
    .values({
      id: firstCycleId,
      slug: '2021-2026',
      starts_on: '2021-01-01',
      ends_on: '2026-12-31',
      created_at: '2021-06-30T00:00:00.000Z',
      created_by: null,
    })
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('commitment_cycles.id'))
    .addColumn('lead_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('stakeholder_type', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('kind', 'text')
    .addColumn('stage', 'text')
    .addColumn('level', 'text')
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('amount', 'numeric(20, 4)')
    .addColumn('currency', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('five_r', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sdg_targets', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('practice_links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('event_links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_comment', 'text')
    .addColumn('progress_status', 'text')
    .addColumn('progress_percent', 'integer')
    .addColumn('last_report_at', 'text')
    .addColumn('final_report_at', 'text')
    .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('submitted_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('commitments_listing_idx')
    .on('commitments')
    .columns(['status', 'cycle_id', 'published_at'])
    .execute();
  // The newest first, across cycles (the browse page, the API, the feed).
  await db.schema
    .createIndex('commitments_published_idx')
    .on('commitments')
    .columns(['status', 'published_at'])
    .execute();
  // Covers the dashboard's one pass over published commitments (every single-valued dimension and
  // the columns of the staleness light), so it reads the index and never the wide rows.
  await db.schema
    .createIndex('commitments_dashboard_idx')
    .on('commitments')
    .columns([
      'status',
      'cycle_id',
      'kind',
      'stage',
      'level',
      'progress_status',
      'stakeholder_type',
      'final_report_at',
      'end_date',
      'last_report_at',
      'published_at',
      'progress_percent',
    ])
    .execute();
  await db.schema
    .createIndex('commitments_lead_idx')
    .on('commitments')
    .columns(['lead_organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('commitment_makers')
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invited_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('responded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('commitment_makers_pk', ['commitment_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('commitment_makers_org_idx')
    .on('commitment_makers')
    .columns(['organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('commitment_deliverables')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_date', 'text')
    .addColumn('latest_status', 'text')
    .addColumn('latest_percent', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('commitment_deliverables_commitment_idx')
    .on('commitment_deliverables')
    .columns(['commitment_id', 'position'])
    .execute();

  await db.schema
    .createTable('commitment_facets')
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('is_published', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('commitment_facets_pk', ['commitment_id', 'facet', 'value'])
    .execute();
  // Facet counts stream in (facet, value) order over all cycles; one cycle is filtered in the index.
  await db.schema
    .createIndex('commitment_facets_count_idx')
    .on('commitment_facets')
    .columns(['is_published', 'facet', 'value', 'cycle_id'])
    .execute();
  await db.schema
    .createIndex('commitment_facets_value_idx')
    .on('commitment_facets')
    .columns(['facet', 'value', 'commitment_id'])
    .execute();

  await db.schema
    .createTable('reporting_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('commitment_cycles.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('remind_days_before', 'integer', (c) => c.notNull())
    .addColumn('remind_days_after', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reporting_rounds_cycle_idx')
    .on('reporting_rounds')
    .columns(['cycle_id', 'opens_on'])
    .execute();

  await db.schema
    .createTable('commitment_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text', (c) => c.references('reporting_rounds.id').onDelete('set null'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('reported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_final', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('commitment_reports_commitment_idx')
    .on('commitment_reports')
    .columns(['commitment_id', 'reported_at'])
    .execute();
  await db.schema
    .createIndex('commitment_reports_round_idx')
    .on('commitment_reports')
    .columns(['round_id', 'commitment_id'])
    .execute();
  // Reports per year (the dashboard's trend), in one cycle or all, from the index alone.
  await db.schema
    .createIndex('commitment_reports_year_idx')
    .on('commitment_reports')
    .columns(['reported_at', 'cycle_id'])
    .execute();

  await db.schema
    .createTable('commitment_report_items')
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('commitment_reports.id').onDelete('cascade'),
    )
    .addColumn('deliverable_id', 'text', (c) =>
      c.notNull().references('commitment_deliverables.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('commitment_report_items_pk', ['report_id', 'deliverable_id'])
    .execute();
  await db.schema
    .createIndex('commitment_report_items_deliverable_idx')
    .on('commitment_report_items')
    .column('deliverable_id')
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  for (const table of [
    'commitment_report_items',
    'commitment_reports',
    'reporting_rounds',
    'commitment_facets',
    'commitment_deliverables',
    'commitment_makers',
    'commitments',
    'commitment_cycles',
    'jobs',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
