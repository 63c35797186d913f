import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * A condition checked again just before a message is sent (docs/adr/0055): a JSON object naming a
 * check registered with the mailer and its arguments ("is this person still a member of the community
 * this post is in?"). A message whose condition no longer holds is cancelled, not sent.
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('send_if', 'text').execute();
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('send_if').execute();
}
