import { type CompiledQuery, sql } from 'kysely';
import type { TExecutor } from '../../core/records.ts';
import { mailFrequencies, type TPost } from './communities.record.ts';

/** Watches, mail settings and what notifications and digests read (docs/adr/0055). SQL only. */

export type TWatchTarget = { type: 'community' | 'thread'; id: string };
export type TWatchState = 'watching' | 'muted';
export type TWatchReason = 'chosen' | 'started' | 'replied';
export type TMailFrequency = (typeof mailFrequencies)[number];

export type TMailSettings = {
  userId: string;
  frequency: TMailFrequency;
  timeZone: string | null;
  dailySentThrough: string | null;
  weeklySentThrough: string | null;
};

const memberRoles = ['member', 'facilitator'] as const;

export async function findWatch(
  executor: TExecutor,
  userId: string,
  target: TWatchTarget,
): Promise<{ state: TWatchState; reason: TWatchReason } | null> {
  const row = await executor
    .selectFrom('community_watches')
    .select(['state', 'reason'])
    .where('user_id', '=', userId)
    .where('target_type', '=', target.type)
    .where('target_id', '=', target.id)
    .executeTakeFirst();
  return row ? { state: row.state as TWatchState, reason: row.reason as TWatchReason } : null;
}

/** Sets a watch's state; returns true when it changed. */
export async function setWatch(
  executor: TExecutor,
  input: { userId: string; target: TWatchTarget; state: TWatchState; reason: TWatchReason; at: string },
): Promise<boolean> {
  const existing = await findWatch(executor, input.userId, input.target);
  if (existing?.state === input.state) return false;
  if (existing) {
    await executor
      .updateTable('community_watches')
      .set({ state: input.state, reason: input.reason })
      .where('user_id', '=', input.userId)
      .where('target_type', '=', input.target.type)
      .where('target_id', '=', input.target.id)
      .execute();
    return true;
  }
  await executor
    .insertInto('community_watches')
    .values({
      user_id: input.userId,
      target_type: input.target.type,
      target_id: input.target.id,
      state: input.state,
      reason: input.reason,
      created_at: input.at,
    })
    .onConflict((oc) => oc.columns(['user_id', 'target_type', 'target_id']).doNothing())
    .execute();
  return true;
}

/** Watches a thread for its starter or a replier, unless they already have a row for it (muted stays muted). */
export async function watchThreadIfNew(
  executor: TExecutor,
  input: { userId: string; threadId: string; reason: TWatchReason; at: string },
): Promise<void> {
  await executor
    .insertInto('community_watches')
    .values({
      user_id: input.userId,
      target_type: 'thread',
      target_id: input.threadId,
      state: 'watching',
      reason: input.reason,
      created_at: input.at,
    })
    .onConflict((oc) => oc.columns(['user_id', 'target_type', 'target_id']).doNothing())
    .execute();
}

/** Removes a person's watches of a community and of every thread now in it (they left or were removed). */
export async function deleteWatchesIn(
  executor: TExecutor,
  userId: string,
  communityId: string,
): Promise<void> {
  await executor
    .deleteFrom('community_watches')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb.and([eb('target_type', '=', 'community'), eb('target_id', '=', communityId)]),
        eb.and([
          eb('target_type', '=', 'thread'),
          eb(
            'target_id',
            'in',
            eb.selectFrom('community_threads').select('id').where('community_id', '=', communityId),
          ),
        ]),
      ]),
    )
    .execute();
}

/** A person's watches, with the names to show on their mail settings page. */
export async function listWatchesOf(executor: TExecutor, userId: string) {
  const communities = await executor
    .selectFrom('community_watches as w')
    .innerJoin('communities as c', 'c.id', 'w.target_id')
    .select(['c.id', 'c.slug', 'c.name', 'c.language', 'c.translations', 'w.reason'])
    .where('w.user_id', '=', userId)
    .where('w.target_type', '=', 'community')
    .where('w.state', '=', 'watching')
    .orderBy('c.name')
    .execute();
  const threads = await executor
    .selectFrom('community_watches as w')
    .innerJoin('community_threads as t', 't.id', 'w.target_id')
    .innerJoin('communities as c', 'c.id', 't.community_id')
    .select(['t.id', 't.title', 't.language', 'c.slug', 'w.reason'])
    .where('w.user_id', '=', userId)
    .where('w.target_type', '=', 'thread')
    .where('w.state', '=', 'watching')
    .orderBy('t.last_post_at', 'desc')
    .limit(200)
    .execute();
  return { communities, threads };
}

export async function findMailSettings(executor: TExecutor, userId: string): Promise<TMailSettings | null> {
  const row = await executor
    .selectFrom('community_mail_settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? settingsOf(row) : null;
}

function settingsOf(row: {
  user_id: string;
  frequency: string;
  time_zone: string | null;
  daily_sent_through: string | null;
  weekly_sent_through: string | null;
}): TMailSettings {
  return {
    userId: row.user_id,
    frequency: (mailFrequencies as readonly string[]).includes(row.frequency)
      ? (row.frequency as TMailFrequency)
      : 'immediately',
    timeZone: row.time_zone,
    dailySentThrough: row.daily_sent_through,
    weeklySentThrough: row.weekly_sent_through,
  };
}

/**
 * Saves a person's frequency and zone. A digest newly chosen starts from the period in progress: the
 * periods before it were not theirs (sentThrough is set to where they start).
 */
export async function saveMailSettings(
  executor: TExecutor,
  input: { userId: string; frequency: TMailFrequency; timeZone: string | null; at: string },
): Promise<void> {
  const existing = await findMailSettings(executor, input.userId);
  if (existing) {
    await executor
      .updateTable('community_mail_settings')
      .set({
        frequency: input.frequency,
        time_zone: input.timeZone,
        daily_sent_through:
          input.frequency === 'daily' && existing.frequency !== 'daily'
            ? input.at
            : existing.dailySentThrough,
        weekly_sent_through:
          input.frequency === 'weekly' && existing.frequency !== 'weekly'
            ? input.at
            : existing.weeklySentThrough,
        updated_at: input.at,
      })
      .where('user_id', '=', input.userId)
      .execute();
    return;
  }
  await executor
    .insertInto('community_mail_settings')
    .values({
      user_id: input.userId,
      frequency: input.frequency,
      time_zone: input.timeZone,
      daily_sent_through: input.frequency === 'daily' ? input.at : null,
      weekly_sent_through: input.frequency === 'weekly' ? input.at : null,
      updated_at: input.at,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

/**
 * Marks each person's digest mailed through the end of their period (periods end at different instants
 * in different zones): one statement for a whole batch, built before its write transaction opens so the
 * transaction only sends it.
 */
export function digestsSentStatement(
  executor: TExecutor,
  kind: 'daily' | 'weekly',
  sent: readonly { userId: string; through: string }[],
): CompiledQuery | undefined {
  if (sent.length === 0) return undefined;
  const through = sql<string>`case ${sql.join(
    sent.map((s) => sql`when user_id = ${s.userId} then ${s.through}`),
    sql` `,
  )} end`;
  return executor
    .updateTable('community_mail_settings')
    .set(kind === 'daily' ? { daily_sent_through: through } : { weekly_sent_through: through })
    .where(
      'user_id',
      'in',
      sent.map((s) => s.userId),
    )
    .compile();
}

/** People with a digest of this kind, in pages by user id (a cursor, so a long run can resume). */
export async function listDigestSubscribers(
  executor: TExecutor,
  kind: 'daily' | 'weekly',
  afterUserId: string,
  limit: number,
): Promise<TMailSettings[]> {
  const rows = await executor
    .selectFrom('community_mail_settings')
    .selectAll()
    .where('frequency', '=', kind)
    .where('user_id', '>', afterUserId)
    .orderBy('user_id')
    .limit(limit)
    .execute();
  return rows.map(settingsOf);
}

export type TRecipient = {
  userId: string;
  email: string;
  name: string;
  locale: string;
  /** True when they watch the thread itself (else they watch its community). */
  isThreadWatcher: boolean;
};

/**
 * Who is told of a new post at once: people watching its thread or its community (and not muting the
 * thread), members of the community the thread is in NOW, whose setting is "at once" (the default), whose
 * account is active, and who did not write it.
 */
export async function listImmediateRecipients(
  executor: TExecutor,
  input: { threadId: string; communityId: string; authorId: string | null },
): Promise<TRecipient[]> {
  const rows = await executor
    .selectFrom('community_watches as w')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .innerJoin('community_members as m', (join) =>
      join.onRef('m.user_id', '=', 'w.user_id').on('m.community_id', '=', input.communityId),
    )
    .leftJoin('community_mail_settings as s', 's.user_id', 'w.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'w.target_type'])
    .where('w.state', '=', 'watching')
    .where((eb) =>
      eb.or([
        eb.and([eb('w.target_type', '=', 'thread'), eb('w.target_id', '=', input.threadId)]),
        eb.and([eb('w.target_type', '=', 'community'), eb('w.target_id', '=', input.communityId)]),
      ]),
    )
    .where('m.role', 'in', memberRoles)
    .where('u.is_disabled', '=', 0)
    .where((eb) => eb.or([eb('s.frequency', 'is', null), eb('s.frequency', '=', 'immediately')]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('community_watches as muted')
            .select('muted.user_id')
            .whereRef('muted.user_id', '=', 'w.user_id')
            .where('muted.target_type', '=', 'thread')
            .where('muted.target_id', '=', input.threadId)
            .where('muted.state', '=', 'muted'),
        ),
      ),
    )
    .execute();
  const byUser = new Map<string, TRecipient>();
  for (const row of rows) {
    if (row.id === input.authorId) continue;
    const known = byUser.get(row.id);
    const isThreadWatcher = row.target_type === 'thread' || (known?.isThreadWatcher ?? false);
    byUser.set(row.id, {
      userId: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      isThreadWatcher,
    });
  }
  return [...byUser.values()];
}

export type TNotifiedPost = Pick<
  TPost,
  'id' | 'threadId' | 'communityId' | 'authorId' | 'authorName' | 'body' | 'language' | 'createdAt'
> & {
  isOpening: boolean;
  threadTitle: string;
  threadLanguage: string;
  communitySlug: string;
  communityName: string;
  communityLanguage: string;
  communityTranslations: string;
};

const postColumns = [
  'p.id',
  'p.thread_id',
  'p.community_id',
  'p.author_id',
  'author.name as author_name',
  'p.body',
  'p.language',
  'p.created_at',
  't.title',
  't.language as thread_language',
  'c.slug',
  'c.name as community_name',
  'c.language as community_language',
  'c.translations',
] as const;

type TPostRow = {
  id: string;
  thread_id: string;
  community_id: string;
  author_id: string | null;
  author_name: string | null;
  body: string;
  language: string;
  created_at: string;
  title: string;
  thread_language: string;
  slug: string;
  community_name: string;
  community_language: string;
  translations: string;
};

function notifiedPostOf(row: TPostRow): TNotifiedPost {
  return {
    id: row.id,
    threadId: row.thread_id,
    communityId: row.community_id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    language: row.language,
    createdAt: row.created_at,
    isOpening: row.id === row.thread_id,
    threadTitle: row.title,
    threadLanguage: row.thread_language,
    communitySlug: row.slug,
    communityName: row.community_name,
    communityLanguage: row.community_language,
    communityTranslations: row.translations,
  };
}

/**
 * A post that may be mailed: not deleted, not hidden, in a thread that is not hidden, in an active
 * community (the thread's community NOW, wherever it was moved). Null otherwise.
 */
export async function findMailablePost(executor: TExecutor, postId: string): Promise<TNotifiedPost | null> {
  const row = await selectMailablePosts(executor)
    .leftJoin('users as author', 'author.id', 'p.author_id')
    .select(postColumns)
    .where('p.id', '=', postId)
    .executeTakeFirst();
  return row ? notifiedPostOf(row) : null;
}

/** Posts that may be mailed: not deleted, not hidden, in a thread not hidden, in an active community. */
function selectMailablePosts(executor: TExecutor) {
  return executor
    .selectFrom('community_posts as p')
    .innerJoin('community_threads as t', 't.id', 'p.thread_id')
    .innerJoin('communities as c', 'c.id', 't.community_id')
    .where('p.is_deleted', '=', 0)
    .where('p.hidden_reason', 'is', null)
    .where('t.status', '!=', 'hidden')
    .where('c.status', '=', 'active');
}

/** Mailable posts that this person may still read: a member where the thread is now, account active. */
function selectReceivablePosts(executor: TExecutor, userId: string) {
  return selectMailablePosts(executor)
    .innerJoin('community_members as m', (join) =>
      join.onRef('m.community_id', '=', 't.community_id').on('m.user_id', '=', userId),
    )
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('m.role', 'in', memberRoles)
    .where('u.is_disabled', '=', 0);
}

/** Whether a person may still be mailed a post: it is mailable and they are a member where it is now. */
export async function mayReceivePost(executor: TExecutor, userId: string, postId: string): Promise<boolean> {
  const row = await selectReceivablePosts(executor, userId)
    .select('p.id')
    .where('p.id', '=', postId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Of these posts, the ones a person may still be mailed now (docs/adr/0058): each still mailable (not
 * deleted or hidden, thread not hidden, community active) and the person a member of the community its
 * thread is in now, account active; newest first. Read at send time, so moderation, moves and leaving
 * after a digest was queued are honoured.
 */
export async function listReceivablePosts(
  executor: TExecutor,
  userId: string,
  postIds: readonly string[],
): Promise<TNotifiedPost[]> {
  if (postIds.length === 0) return [];
  const rows = await selectReceivablePosts(executor, userId)
    .leftJoin('users as author', 'author.id', 'p.author_id')
    .select(postColumns)
    .where('p.id', 'in', [...new Set(postIds)])
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
  return rows.map(notifiedPostOf);
}

/**
 * What the readers of a digest batch follow, by reader: the communities they are a member of now, the
 * communities and threads they watch, the threads they muted. Two statements for the whole batch.
 */
export type TDigestInterests = {
  memberOf: Set<string>;
  watchedCommunities: Set<string>;
  watchedThreads: Set<string>;
  mutedThreads: Set<string>;
};

export async function listDigestInterests(
  executor: TExecutor,
  userIds: readonly string[],
): Promise<Map<string, TDigestInterests>> {
  const byReader = new Map<string, TDigestInterests>();
  if (userIds.length === 0) return byReader;
  const ids = [...new Set(userIds)];
  const of = (userId: string) => {
    let interests = byReader.get(userId);
    if (!interests) {
      interests = {
        memberOf: new Set(),
        watchedCommunities: new Set(),
        watchedThreads: new Set(),
        mutedThreads: new Set(),
      };
      byReader.set(userId, interests);
    }
    return interests;
  };
  const memberships = await executor
    .selectFrom('community_members')
    .select(['user_id', 'community_id'])
    .where('user_id', 'in', ids)
    .where('role', 'in', memberRoles)
    .execute();
  for (const row of memberships) of(row.user_id).memberOf.add(row.community_id);
  const watches = await executor
    .selectFrom('community_watches')
    .select(['user_id', 'target_type', 'target_id', 'state'])
    .where('user_id', 'in', ids)
    .execute();
  for (const row of watches) {
    const interests = of(row.user_id);
    if (row.state === 'muted' && row.target_type === 'thread') interests.mutedThreads.add(row.target_id);
    if (row.state !== 'watching') continue;
    if (row.target_type === 'community') interests.watchedCommunities.add(row.target_id);
    if (row.target_type === 'thread') interests.watchedThreads.add(row.target_id);
  }
  return byReader;
}

/**
 * The mailable posts of [from, to) in these communities and in these threads (wherever they are now),
 * newest first: not deleted, not hidden, thread not hidden, community active. A digest batch reads its
 * readers' posts here once (each post once however many readers it goes to), by the (community, time)
 * and (thread, time) indexes, outside any write; which reader gets which is decided in the process
 * (`digestPostsFor`).
 */
export async function listMailablePostsIn(
  executor: TExecutor,
  input: { communityIds: readonly string[]; threadIds: readonly string[]; from: string; to: string },
): Promise<TNotifiedPost[]> {
  const read = (where: { column: 'p.community_id' | 'p.thread_id'; ids: string[] }) =>
    selectMailablePosts(executor)
      .leftJoin('users as author', 'author.id', 'p.author_id')
      .select(postColumns)
      .where(where.column, 'in', where.ids)
      .where('p.created_at', '>=', input.from)
      .where('p.created_at', '<', input.to)
      .whereRef('p.community_id', '=', 't.community_id')
      .execute();
  const communityIds = [...new Set(input.communityIds)];
  const threadIds = [...new Set(input.threadIds)];
  const rows = communityIds.length > 0 ? await read({ column: 'p.community_id', ids: communityIds }) : [];
  // A post of a watched thread in a community read above comes once.
  if (threadIds.length > 0) {
    const seen = new Set(rows.map((row) => row.id));
    for (const row of await read({ column: 'p.thread_id', ids: threadIds }))
      if (!seen.has(row.id)) rows.push(row);
  }
  return rows.map(notifiedPostOf).sort(newestFirst);
}

/** Newest first, and by id among posts of the same instant (a stable order on both databases). */
export function newestFirst(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The readers among these people (not disabled), by id: a digest batch's in one statement. */
export async function findMailReaders(executor: TExecutor, userIds: readonly string[]) {
  if (userIds.length === 0)
    return new Map<string, { id: string; email: string; name: string; locale: string }>();
  const rows = await executor
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('id', 'in', [...userIds])
    .where('is_disabled', '=', 0)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Whether a person is (still) a member of every one of these communities. */
export async function isMemberOfAll(
  executor: TExecutor,
  userId: string,
  communityIds: readonly string[],
): Promise<boolean> {
  if (communityIds.length === 0) return true;
  const row = await executor
    .selectFrom('community_members')
    .select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('community_id', 'in', communityIds)
    .where('role', 'in', memberRoles)
    .executeTakeFirst();
  return Number(row?.n ?? 0) === new Set(communityIds).size;
}

/** The reader's account for a mail: address, name, language; null when gone or disabled. */
export async function findMailReader(executor: TExecutor, userId: string) {
  const row = await executor
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('id', '=', userId)
    .where('is_disabled', '=', 0)
    .executeTakeFirst();
  return row ?? null;
}

/** A community's or thread's name, for the unsubscribe page. */
export async function findWatchTargetName(executor: TExecutor, target: TWatchTarget) {
  if (target.type === 'community') {
    const row = await executor
      .selectFrom('communities')
      .select(['name', 'language', 'translations'])
      .where('id', '=', target.id)
      .executeTakeFirst();
    return row ? { kind: 'community' as const, ...row } : null;
  }
  const row = await executor
    .selectFrom('community_threads')
    .select(['title as name', 'language'])
    .where('id', '=', target.id)
    .executeTakeFirst();
  return row ? { kind: 'thread' as const, ...row, translations: '{}' } : null;
}
