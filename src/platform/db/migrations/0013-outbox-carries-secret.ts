import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Marks the mail that carries a one-time link meant only for its recipient (password reset, e-mail
 * confirmation, invitations, event registration and application status links): the admin outbox
 * withholds such a body when the mail really goes out (docs/adr/0018). Mail already queued is taken
 * as unmarked; 0/1 as every boolean here (docs/adr/0003).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('carries_secret', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('carries_secret').execute();
}
