import type { Insertable, Selectable, Updateable } from 'kysely';
import { parseJson, type TExecutor, updateAtVersion } from '../../core/records.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import type {
  TCommunity,
  TCommunityMember,
  TModerationNotice,
  TPost,
  TReport,
  TRevision,
  TThread,
} from './communities.record.ts';
import type { TCommunityStatus, TMemberRole } from './communities.schemas.ts';

/** The communities domain's SQL: communities, members, threads, posts, revisions, translations, "helpful". */

type TCommunityRow = Selectable<Database['communities']> & { member_count: number; thread_count: number };

function toCommunity(row: TCommunityRow): TCommunity {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TCommunity['status'],
    visibility: row.visibility as TCommunity['visibility'],
    joinPolicy: row.join_policy as TCommunity['joinPolicy'],
    language: row.language,
    name: row.name,
    description: row.description,
    translations: parseJson<TCommunity['translations']>(row.translations, {}),
    themes: parseJson<string[]>(row.themes, []),
    regions: parseJson<string[]>(row.regions, []),
    picture:
      row.picture_id && row.picture_key
        ? {
            id: row.picture_id,
            key: row.picture_key,
            alt: row.picture_alt ?? '',
            width: Number(row.picture_width ?? 0),
            height: Number(row.picture_height ?? 0),
          }
        : null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    version: Number(row.version),
    memberCount: Number(row.member_count),
    threadCount: Number(row.thread_count),
  };
}

function selectCommunities(executor: TExecutor) {
  return executor
    .selectFrom('communities as c')
    .selectAll('c')
    .select((eb) => [
      eb
        .selectFrom('community_members as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.community_id', '=', 'c.id')
        .where('m.role', 'in', ['facilitator', 'member'])
        .as('member_count'),
      eb
        .selectFrom('community_threads as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.community_id', '=', 'c.id')
        .where('t.status', '!=', 'hidden')
        .as('thread_count'),
    ]);
}

export async function insertCommunity(executor: TExecutor, row: Insertable<Database['communities']>) {
  await executor.insertInto('communities').values(row).execute();
}

export async function updateCommunityRow(
  executor: TExecutor,
  id: string,
  patch: Updateable<Database['communities']>,
): Promise<void> {
  await executor.updateTable('communities').set(patch).where('id', '=', id).execute();
}

/** Applies `patch` only if the community is still at `version` (and moves it on); false when it is not. */
export function updateCommunityAtVersion(
  executor: TExecutor,
  id: string,
  version: number,
  patch: Updateable<Database['communities']>,
): Promise<boolean> {
  return updateAtVersion(executor, 'communities', id, version, { ...patch, version: version + 1 });
}

export async function findCommunityBySlug(executor: TExecutor, slug: string): Promise<TCommunity | null> {
  const row = await selectCommunities(executor).where('c.slug', '=', slug).executeTakeFirst();
  return row ? toCommunity(row as TCommunityRow) : null;
}

export async function findCommunityById(executor: TExecutor, id: string): Promise<TCommunity | null> {
  const row = await selectCommunities(executor).where('c.id', '=', id).executeTakeFirst();
  return row ? toCommunity(row as TCommunityRow) : null;
}

export async function findCommunityByPictureId(executor: TExecutor, pictureId: string) {
  const row = await selectCommunities(executor).where('c.picture_id', '=', pictureId).executeTakeFirst();
  return row ? toCommunity(row as TCommunityRow) : null;
}

export async function isCommunitySlugTaken(executor: TExecutor, slug: string): Promise<boolean> {
  const row = await executor
    .selectFrom('communities')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row !== undefined;
}

/** Communities in the given states, most recently active first (the directory filters and counts them). */
export async function listCommunities(
  executor: TExecutor,
  statuses: readonly TCommunityStatus[],
): Promise<TCommunity[]> {
  if (statuses.length === 0) return [];
  const rows = await selectCommunities(executor)
    .where('c.status', 'in', [...statuses])
    .orderBy('c.last_activity_at', 'desc')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => toCommunity(r as TCommunityRow));
}

/** Proposals waiting for the secretariat, and the asker's own proposals. */
export async function listProposals(executor: TExecutor, createdBy: string | null): Promise<TCommunity[]> {
  let query = selectCommunities(executor).where('c.status', '=', 'proposed');
  if (createdBy !== null) query = query.where('c.created_by', '=', createdBy);
  const rows = await query.orderBy('c.created_at').execute();
  return rows.map((r) => toCommunity(r as TCommunityRow));
}

export async function findRole(
  executor: TExecutor,
  communityId: string,
  userId: string | null,
): Promise<TMemberRole | null> {
  if (!userId) return null;
  const row = await executor
    .selectFrom('community_members')
    .select('role')
    .where('community_id', '=', communityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return (row?.role as TMemberRole | undefined) ?? null;
}

/** The communities a person is in (any role), by id → role: for listing "yours" and private ones. */
export async function listRolesOf(executor: TExecutor, userId: string): Promise<Map<string, TMemberRole>> {
  const rows = await executor
    .selectFrom('community_members')
    .select(['community_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.community_id, r.role as TMemberRole]));
}

export async function insertMember(
  executor: TExecutor,
  row: { communityId: string; userId: string; role: TMemberRole; at: string; isListed?: boolean },
): Promise<void> {
  await executor
    .insertInto('community_members')
    .values({
      community_id: row.communityId,
      user_id: row.userId,
      role: row.role,
      is_listed: row.isListed === false ? 0 : 1,
      joined_at: row.at,
    })
    .execute();
}

export async function setMemberRole(
  executor: TExecutor,
  communityId: string,
  userId: string,
  role: TMemberRole,
  at: string,
): Promise<boolean> {
  const result = await executor
    .updateTable('community_members')
    .set({ role, joined_at: at })
    .where('community_id', '=', communityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setMemberListed(
  executor: TExecutor,
  communityId: string,
  userId: string,
  isListed: boolean,
): Promise<void> {
  await executor
    .updateTable('community_members')
    .set({ is_listed: isListed ? 1 : 0 })
    .where('community_id', '=', communityId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMember(
  executor: TExecutor,
  communityId: string,
  userId: string,
): Promise<boolean> {
  const result = await executor
    .deleteFrom('community_members')
    .where('community_id', '=', communityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** How many facilitators a community has (it must keep one). */
/** Active communities with no facilitator (theirs left with an account deleted): the secretariat's to look after. */
export async function listCommunitiesWithoutFacilitator(executor: TExecutor): Promise<TCommunity[]> {
  const rows = await selectCommunities(executor)
    .where('c.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('community_members as m')
            .select('m.user_id')
            .whereRef('m.community_id', '=', 'c.id')
            .where('m.role', '=', 'facilitator'),
        ),
      ),
    )
    .orderBy('c.name')
    .execute();
  return rows.map((r) => toCommunity(r as TCommunityRow));
}

/** The communities of which this person is the only facilitator. */
export async function listSoleFacilitations(
  executor: TExecutor,
  userId: string,
): Promise<{ id: string; slug: string }[]> {
  return executor
    .selectFrom('communities as c')
    .innerJoin('community_members as m', 'm.community_id', 'c.id')
    .select(['c.id', 'c.slug'])
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'facilitator')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('community_members as other')
            .select('other.user_id')
            .whereRef('other.community_id', '=', 'c.id')
            .where('other.role', '=', 'facilitator')
            .where('other.user_id', '!=', userId),
        ),
      ),
    )
    .orderBy('c.slug')
    .execute();
}

export async function countFacilitators(executor: TExecutor, communityId: string): Promise<number> {
  const row = await executor
    .selectFrom('community_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .where('role', '=', 'facilitator')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listMembers(executor: TExecutor, communityId: string): Promise<TCommunityMember[]> {
  const rows = await executor
    .selectFrom('community_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.name', 'm.role', 'm.is_listed', 'm.joined_at'])
    .where('m.community_id', '=', communityId)
    .orderBy('m.joined_at')
    .orderBy('m.user_id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    role: r.role as TMemberRole,
    isListed: Number(r.is_listed) === 1,
    joinedAt: r.joined_at,
  }));
}

function selectThreads(executor: TExecutor) {
  return executor
    .selectFrom('community_threads as t')
    .leftJoin('users as u', 'u.id', 't.author_id')
    .selectAll('t')
    .select('u.name as author_name');
}

function toThread(row: Selectable<Database['community_threads']> & { author_name: string | null }): TThread {
  return {
    id: row.id,
    communityId: row.community_id,
    kind: row.kind as TThread['kind'],
    title: row.title,
    language: row.language,
    status: row.status as TThread['status'],
    authorId: row.author_id,
    authorName: row.author_name,
    acceptedPostId: row.accepted_post_id,
    postCount: Number(row.post_count),
    createdAt: row.created_at,
    lastPostAt: row.last_post_at,
  };
}

export async function insertThread(executor: TExecutor, row: Insertable<Database['community_threads']>) {
  await executor.insertInto('community_threads').values(row).execute();
}

export async function findThread(executor: TExecutor, id: string): Promise<TThread | null> {
  const row = await selectThreads(executor).where('t.id', '=', id).executeTakeFirst();
  return row ? toThread(row) : null;
}

export async function updateThreadRow(
  executor: TExecutor,
  id: string,
  patch: Updateable<Database['community_threads']>,
): Promise<void> {
  await executor.updateTable('community_threads').set(patch).where('id', '=', id).execute();
}

export async function listThreads(
  executor: TExecutor,
  communityId: string,
  options: { isHiddenIncluded: boolean; limit: number; offset: number },
): Promise<TThread[]> {
  let query = selectThreads(executor).where('t.community_id', '=', communityId);
  if (!options.isHiddenIncluded) query = query.where('t.status', '!=', 'hidden');
  const rows = await query
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map(toThread);
}

function selectPosts(executor: TExecutor) {
  return executor
    .selectFrom('community_posts as p')
    .leftJoin('users as u', 'u.id', 'p.author_id')
    .selectAll('p')
    .select('u.name as author_name');
}

function toPost(row: Selectable<Database['community_posts']> & { author_name: string | null }): TPost {
  return {
    id: row.id,
    threadId: row.thread_id,
    communityId: row.community_id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    language: row.language,
    quoteOf: row.quote_of,
    isDeleted: Number(row.is_deleted) === 1,
    helpfulCount: Number(row.helpful_count),
    createdAt: row.created_at,
    editedAt: row.edited_at,
    version: Number(row.version),
    hiddenReason: row.hidden_reason ?? null,
  };
}

export async function insertPost(executor: TExecutor, row: Insertable<Database['community_posts']>) {
  await executor.insertInto('community_posts').values(row).execute();
}

export async function findPost(executor: TExecutor, id: string): Promise<TPost | null> {
  const row = await selectPosts(executor).where('p.id', '=', id).executeTakeFirst();
  return row ? toPost(row) : null;
}

export async function listPosts(executor: TExecutor, threadId: string): Promise<TPost[]> {
  // The opening post (its id is the thread's) first, whatever the clock said.
  const rows = await selectPosts(executor)
    .where('p.thread_id', '=', threadId)
    .orderBy((eb) => eb.case().when('p.id', '=', threadId).then(0).else(1).end())
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  return rows.map(toPost);
}

/** Saves a post's new text only if nobody saved it since `version`. */
export async function updatePostAtVersion(
  executor: TExecutor,
  id: string,
  version: number,
  patch: Updateable<Database['community_posts']>,
): Promise<boolean> {
  const result = await executor
    .updateTable('community_posts')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRevision(
  executor: TExecutor,
  row: Insertable<Database['community_post_revisions']>,
) {
  await executor.insertInto('community_post_revisions').values(row).execute();
}

export async function listRevisions(executor: TExecutor, postId: string): Promise<TRevision[]> {
  const rows = await executor
    .selectFrom('community_post_revisions')
    .select(['id', 'body', 'language', 'written_at', 'replaced_at', 'files_changed'])
    .where('post_id', '=', postId)
    .orderBy('replaced_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    language: r.language,
    writtenAt: r.written_at,
    replacedAt: r.replaced_at,
    filesChanged: parseJson<{ added: string[]; removed: string[] } | null>(r.files_changed, null),
  }));
}

export async function deleteRevisions(executor: TExecutor, postId: string): Promise<void> {
  await executor.deleteFrom('community_post_revisions').where('post_id', '=', postId).execute();
}

// Translations

export type TPostTranslation = {
  postId: string;
  language: string;
  body: string;
  translatedBy: string | null;
  translatorName: string | null;
  createdAt: string;
};

export async function listTranslations(
  executor: TExecutor,
  postIds: readonly string[],
): Promise<TPostTranslation[]> {
  if (postIds.length === 0) return [];
  const rows = await executor
    .selectFrom('community_post_translations as tr')
    .leftJoin('users as u', 'u.id', 'tr.translated_by')
    .select([
      'tr.post_id',
      'tr.language',
      'tr.body',
      'tr.translated_by',
      'u.name as translator_name',
      'tr.created_at',
    ])
    .where('tr.post_id', 'in', [...postIds])
    .orderBy('tr.created_at')
    .execute();
  return rows.map((r) => ({
    postId: r.post_id,
    language: r.language,
    body: r.body,
    translatedBy: r.translated_by,
    translatorName: r.translator_name,
    createdAt: r.created_at,
  }));
}

/** One translation per post and language: a newer one replaces the older. */
export async function saveTranslation(
  executor: TExecutor,
  row: {
    id: string;
    postId: string;
    language: string;
    body: string;
    translatedBy: string | null;
    at: string;
  },
): Promise<'added' | 'replaced'> {
  const existing = await executor
    .selectFrom('community_post_translations')
    .select('id')
    .where('post_id', '=', row.postId)
    .where('language', '=', row.language)
    .executeTakeFirst();
  if (existing) {
    await executor
      .updateTable('community_post_translations')
      .set({ body: row.body, translated_by: row.translatedBy, created_at: row.at })
      .where('id', '=', existing.id)
      .execute();
    return 'replaced';
  }
  await executor
    .insertInto('community_post_translations')
    .values({
      id: row.id,
      post_id: row.postId,
      language: row.language,
      body: row.body,
      translated_by: row.translatedBy,
      created_at: row.at,
    })
    .execute();
  return 'added';
}

export async function deleteTranslations(executor: TExecutor, postId: string): Promise<void> {
  await executor.deleteFrom('community_post_translations').where('post_id', '=', postId).execute();
}

// Helpful

export async function hasMarkedHelpful(
  executor: TExecutor,
  postId: string,
  userId: string,
): Promise<boolean> {
  const row = await executor
    .selectFrom('community_post_helpful')
    .select('post_id')
    .where('post_id', '=', postId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listHelpfulMarksOf(
  executor: TExecutor,
  userId: string,
  postIds: readonly string[],
): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const rows = await executor
    .selectFrom('community_post_helpful')
    .select('post_id')
    .where('user_id', '=', userId)
    .where('post_id', 'in', [...postIds])
    .execute();
  return new Set(rows.map((r) => r.post_id));
}

/** Sets or clears one person's mark and recounts the post's total from the marks themselves. */
export async function setHelpfulMark(
  executor: TExecutor,
  postId: string,
  userId: string,
  isHelpful: boolean,
  at: string,
): Promise<number> {
  if (isHelpful) {
    await executor
      .insertInto('community_post_helpful')
      .values({ post_id: postId, user_id: userId, created_at: at })
      .onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
      .execute();
  } else {
    await executor
      .deleteFrom('community_post_helpful')
      .where('post_id', '=', postId)
      .where('user_id', '=', userId)
      .execute();
  }
  const row = await executor
    .selectFrom('community_post_helpful')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('post_id', '=', postId)
    .executeTakeFirst();
  const count = Number(row?.n ?? 0);
  await executor
    .updateTable('community_posts')
    .set({ helpful_count: count })
    .where('id', '=', postId)
    .execute();
  return count;
}

// Hub records linked from posts (shown as cards): only what the public search index holds.

export type THubRecordCard = { type: string; slug: string; title: string; summary: string; language: string };

export async function findHubRecords(
  executor: TExecutor,
  wanted: readonly { type: string; slug: string }[],
): Promise<THubRecordCard[]> {
  if (wanted.length === 0) return [];
  const rows = await executor
    .selectFrom('search_documents')
    .select(['type', 'slug', 'title', 'summary', 'language'])
    .where((eb) => eb.or(wanted.map((w) => eb.and([eb('type', '=', w.type), eb('slug', '=', w.slug)]))))
    .execute();
  return rows;
}

/** Which of these stored-file keys a community's picture names (for the orphan-file sweep, ADR 0034). */
export async function findReferencedPictureKeys(
  executor: TExecutor,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await executor
    .selectFrom('communities')
    .select('picture_key')
    .where('picture_key', 'in', [...keys])
    .execute();
  return rows.flatMap((row) => (row.picture_key ? [row.picture_key] : []));
}

/** Every thread, for the search reindex walk (record-rows.ts). */
export const threadRows = recordRows('community_threads', async (db, ids) => {
  const rows = await selectThreads(db).where('t.id', 'in', ids).execute();
  return rows.map(toThread);
});

/** Public, active communities' visible threads, newest activity first (feeds, API). */
export async function listPublicThreads(
  executor: TExecutor,
  communityId: string,
  limit: number,
  offset = 0,
): Promise<TThread[]> {
  const rows = await selectThreads(executor)
    .where('t.community_id', '=', communityId)
    .where('t.status', '!=', 'hidden')
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toThread);
}

/** The opening posts of these threads (feeds and the API show their text). */
export async function listOpeningPosts(executor: TExecutor, threadIds: readonly string[]): Promise<TPost[]> {
  if (threadIds.length === 0) return [];
  const rows = await selectPosts(executor)
    .where('p.id', 'in', [...threadIds])
    .execute();
  return rows.map(toPost);
}

/** Visible threads of these communities, most recently active first (the sitemap). */
export async function listThreadsOf(
  executor: TExecutor,
  communityIds: readonly string[],
  limit: number,
): Promise<TThread[]> {
  if (communityIds.length === 0) return [];
  const rows = await selectThreads(executor)
    .where('t.community_id', 'in', [...communityIds])
    .where('t.status', '!=', 'hidden')
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toThread);
}

/**
 * Active public communities in which people of this organisation take part and chose to be listed
 * (an organisation profile's "active in N communities": nothing about private communities or unlisted people).
 */
export async function listCommunitiesOfOrganization(
  executor: TExecutor,
  organizationId: string,
): Promise<TCommunity[]> {
  const rows = await selectCommunities(executor)
    .where('c.status', '=', 'active')
    .where('c.visibility', '=', 'public')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('community_members as cm')
          .innerJoin('organization_members as om', 'om.user_id', 'cm.user_id')
          .select('cm.user_id')
          .whereRef('cm.community_id', '=', 'c.id')
          .where('om.organization_id', '=', organizationId)
          .where('cm.role', 'in', ['facilitator', 'member'])
          .where('cm.is_listed', '=', 1),
      ),
    )
    .orderBy('c.name')
    .execute();
  return rows.map((r) => toCommunity(r as TCommunityRow));
}

export async function insertReport(executor: TExecutor, row: Insertable<Database['community_reports']>) {
  await executor.insertInto('community_reports').values(row).execute();
}

export async function hasOpenReportBy(
  executor: TExecutor,
  postId: string,
  reporterId: string,
): Promise<boolean> {
  const row = await executor
    .selectFrom('community_reports')
    .select('id')
    .where('post_id', '=', postId)
    .where('reporter_id', '=', reporterId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row !== undefined;
}

/** The open reports of a community, oldest first: the facilitators' queue. */
export async function listOpenReports(executor: TExecutor, communityId: string): Promise<TReport[]> {
  const rows = await executor
    .selectFrom('community_reports as r')
    .innerJoin('community_posts as p', 'p.id', 'r.post_id')
    .innerJoin('community_threads as t', 't.id', 'r.thread_id')
    .leftJoin('users as reporter', 'reporter.id', 'r.reporter_id')
    .leftJoin('users as author', 'author.id', 'p.author_id')
    .select([
      'r.id',
      'r.thread_id',
      'r.post_id',
      'reporter.name as reporter_name',
      'r.reason',
      'r.details',
      'r.created_at',
      'p.body',
      'author.name as author_name',
      't.title',
    ])
    .where('r.community_id', '=', communityId)
    .where('r.status', '=', 'open')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    threadId: r.thread_id,
    postId: r.post_id,
    reporterName: r.reporter_name,
    reason: r.reason,
    details: r.details,
    createdAt: r.created_at,
    postBody: r.body,
    postAuthorName: r.author_name,
    threadTitle: r.title,
  }));
}

export async function countOpenReports(executor: TExecutor, communityId: string): Promise<number> {
  const row = await executor
    .selectFrom('community_reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_id', '=', communityId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Closes every open report about a post (it was hidden) or one report (dismissed). */
export async function resolveReports(
  executor: TExecutor,
  where: { postId?: string; reportId?: string },
  status: 'resolved' | 'dismissed',
  by: string | null,
  at: string,
): Promise<number> {
  let query = executor
    .updateTable('community_reports')
    .set({ status, resolved_by: by, resolved_at: at })
    .where('status', '=', 'open');
  if (where.postId) query = query.where('post_id', '=', where.postId);
  if (where.reportId) query = query.where('id', '=', where.reportId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findReport(executor: TExecutor, id: string) {
  return executor.selectFrom('community_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setPostHidden(
  executor: TExecutor,
  postId: string,
  reason: string | null,
): Promise<void> {
  await executor
    .updateTable('community_posts')
    .set({ hidden_reason: reason })
    .where('id', '=', postId)
    .execute();
}

export async function moveThreadRows(
  executor: TExecutor,
  threadId: string,
  communityId: string,
): Promise<void> {
  await executor
    .updateTable('community_threads')
    .set({ community_id: communityId })
    .where('id', '=', threadId)
    .execute();
  await executor
    .updateTable('community_posts')
    .set({ community_id: communityId })
    .where('thread_id', '=', threadId)
    .execute();
  await executor
    .updateTable('community_reports')
    .set({ community_id: communityId })
    .where('thread_id', '=', threadId)
    .execute();
}

export async function insertModerationAct(
  executor: TExecutor,
  row: Insertable<Database['community_moderation_acts']>,
): Promise<void> {
  await executor.insertInto('community_moderation_acts').values(row).execute();
}

/** What moderators did about this person in this community, newest first (shown to them with the reason). */
export async function listNoticesFor(
  executor: TExecutor,
  communityId: string,
  userId: string,
): Promise<TModerationNotice[]> {
  const rows = await executor
    .selectFrom('community_moderation_acts')
    .select(['id', 'action', 'reason', 'at', 'thread_id', 'post_id'])
    .where('community_id', '=', communityId)
    .where('subject_user_id', '=', userId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    reason: r.reason,
    at: r.at,
    threadId: r.thread_id,
    postId: r.post_id,
  }));
}

/** How many posts (threads and replies) a person wrote since a moment (the new-account posting limit). */
export async function countPostsSince(executor: TExecutor, userId: string, since: string): Promise<number> {
  const row = await executor
    .selectFrom('community_posts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('author_id', '=', userId)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findAccountCreatedAt(executor: TExecutor, userId: string): Promise<string | null> {
  const row = await executor
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.created_at ?? null;
}

// Resources (a community's library of hub records)

export type TResource = {
  id: string;
  recordType: string;
  recordSlug: string;
  note: string;
  noteLanguage: string;
  addedBy: string | null;
  addedByName: string | null;
  addedAt: string;
};

export async function listResources(executor: TExecutor, communityId: string): Promise<TResource[]> {
  const rows = await executor
    .selectFrom('community_resources as r')
    .leftJoin('users as u', 'u.id', 'r.added_by')
    .selectAll('r')
    .select('u.name as added_by_name')
    .where('r.community_id', '=', communityId)
    .orderBy('r.added_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    recordType: r.record_type,
    recordSlug: r.record_slug,
    note: r.note,
    noteLanguage: r.note_language,
    addedBy: r.added_by,
    addedByName: r.added_by_name,
    addedAt: r.added_at,
  }));
}

/** Adds a record to a library; false when the library already holds it (nothing written). */
export async function insertResource(
  executor: TExecutor,
  row: Insertable<Database['community_resources']>,
): Promise<boolean> {
  const inserted = await executor
    .insertInto('community_resources')
    .values(row)
    .onConflict((oc) => oc.columns(['community_id', 'record_type', 'record_slug']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

export async function findResource(executor: TExecutor, id: string) {
  return executor.selectFrom('community_resources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteResource(executor: TExecutor, id: string): Promise<void> {
  await executor.deleteFrom('community_resources').where('id', '=', id).execute();
}

// Meetings (events of the events domain that the community holds; only the link lives here)

export type TMeetingLink = { id: string; eventId: string; addedBy: string | null; addedAt: string };

export async function listMeetingLinks(executor: TExecutor, communityId: string): Promise<TMeetingLink[]> {
  const rows = await executor
    .selectFrom('community_meetings')
    .selectAll()
    .where('community_id', '=', communityId)
    .execute();
  return rows.map((r) => ({ id: r.id, eventId: r.event_id, addedBy: r.added_by, addedAt: r.added_at }));
}

/** False when the event was already one of the community's meetings. */
export async function insertMeetingLink(
  executor: TExecutor,
  row: Insertable<Database['community_meetings']>,
): Promise<boolean> {
  const result = await executor
    .insertInto('community_meetings')
    .values(row)
    .onConflict((oc) => oc.columns(['community_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findMeetingLink(executor: TExecutor, id: string) {
  return executor.selectFrom('community_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteMeetingLink(executor: TExecutor, id: string): Promise<void> {
  await executor.deleteFrom('community_meetings').where('id', '=', id).execute();
}

// Replies by e-mail (docs/adr/0056)

export type TMailSender = { id: string; email: string; name: string; locale: string; roles: string[] };

/** The account whose e-mail address sent a reply: only an active one, with its platform roles. */
export async function findMailSender(executor: TExecutor, email: string): Promise<TMailSender | null> {
  const user = await executor
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale', 'is_disabled'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user || Number(user.is_disabled) === 1) return null;
  const roles = await executor
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', user.id)
    .execute();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles: roles.map((r) => r.role),
  };
}

export async function isInboundMailKnown(executor: TExecutor, messageKey: string): Promise<boolean> {
  const row = await executor
    .selectFrom('community_inbound_mail')
    .select('message_key')
    .where('message_key', '=', messageKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** Written in the post's transaction: a second mail with the same key fails it (primary key). */
export async function insertInboundMail(
  executor: TExecutor,
  row: { messageKey: string; postId: string; userId: string; at: string },
): Promise<void> {
  await executor
    .insertInto('community_inbound_mail')
    .values({ message_key: row.messageKey, post_id: row.postId, user_id: row.userId, received_at: row.at })
    .execute();
}

/** When an account is deleted (docs/adr/0036): the record of the mail replies it sent goes with it. */
export async function deleteInboundMailOf(executor: TExecutor, userId: string): Promise<number> {
  const result = await executor
    .deleteFrom('community_inbound_mail')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every thread of a community, hidden ones too (a change of visibility resyncs them all). */
export async function listAllThreadsOf(executor: TExecutor, communityId: string): Promise<TThread[]> {
  const rows = await selectThreads(executor).where('t.community_id', '=', communityId).execute();
  return rows.map(toThread);
}
