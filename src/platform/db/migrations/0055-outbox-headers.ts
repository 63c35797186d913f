import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Extra headers of an outgoing message (docs/adr/0054): List-Unsubscribe, List-Unsubscribe-Post (RFC 8058)
 * and Reply-To, as a JSON object of header name to value. Mail already queued has none (NULL).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('headers', 'text').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('headers').execute();
}
