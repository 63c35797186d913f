import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Who an event is for (issue 13, docs/adr/0070-community-only-meetings.md). `community_id` names the
 * community that holds the event (a meeting planned from its page); `audience` is `public` (the
 * calendar, search, feeds, sitemap, API) or `community` (only those who read that community's
 * discussions). Meetings already planned by a private community become `community`; they leave the
 * search by the reindex from the records that the next start runs (search_state "reindex", 0012).
 */
export async function up(db: TAnyDb): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('public'))
    .execute();
  await db.schema.alterTable('events').addColumn('community_id', 'text').execute();
  await db.schema.createIndex('events_community_idx').on('events').column('community_id').execute();
  // A planned meeting: created by the person who linked it, at the moment it was linked (ADR 0061).
  await sql`update events set community_id = (
      select m.community_id from community_meetings m
      where m.event_id = events.id and m.added_by = events.created_by and m.added_at = events.created_at
    )
    where exists (
      select 1 from community_meetings m
      where m.event_id = events.id and m.added_by = events.created_by and m.added_at = events.created_at
    )`.execute(db);
  await sql`update events set audience = 'community'
    where community_id in (select id from communities where visibility = 'private')`.execute(db);
  await sql`insert into search_state (key, value)
    select 'reindex', 'required' where exists (select 1 from events where audience = 'community')
    on conflict (key) do nothing`.execute(db);
}

export async function down(db: TAnyDb): Promise<void> {
  await db.schema.dropIndex('events_community_idx').execute();
  await db.schema.alterTable('events').dropColumn('community_id').execute();
  await db.schema.alterTable('events').dropColumn('audience').execute();
}
