import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Introductions between member organisations (issue 14): a request with a short message about an
 * offer or a need, its answer, the private conversation once accepted, and what came of it. The sector
 * pair, region and year of an outcome are kept as they were, so the charts do not move when an
 * organisation changes its description later.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .createTable('connection_introductions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('subject_title', 'text', (c) => c.notNull())
    .addColumn('requester_organization_id', 'text', (c) => c.notNull())
    .addColumn('receiver_organization_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('connection_introductions_requester')
    .on('connection_introductions')
    .columns(['requester_organization_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('connection_introductions_receiver')
    .on('connection_introductions')
    .columns(['receiver_organization_id', 'status'])
    .execute();

  await db.schema
    .createTable('connection_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('introduction_id', 'text', (c) =>
      c.notNull().references('connection_introductions.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('connection_messages_introduction')
    .on('connection_messages')
    .columns(['introduction_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('connection_outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('introduction_id', 'text', (c) =>
      c.notNull().references('connection_introductions.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('commitment_id', 'text')
    .addColumn('sector_pair', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('connection_outcomes_introduction_kind')
    .on('connection_outcomes')
    .columns(['introduction_id', 'kind'])
    .unique()
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropTable('connection_outcomes').execute();
  await db.schema.dropTable('connection_messages').execute();
  await db.schema.dropTable('connection_introductions').execute();
}
