import type { TActor } from '../../core/actor.ts';
import { auditedWrite, type TWriteStep, type TWriteStepOptions } from '../../core/audited-write.ts';
import type { TExecutor } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { communityPolicy, postPolicy, type TPostResource } from './communities.policy.ts';
import type { TPost, TPostFile, TThread } from './communities.record.ts';
import {
  deleteRevisions,
  deleteTranslations,
  findHubRecords,
  findPost,
  findThread,
  insertPost,
  insertRevision,
  insertThread,
  listCommunities,
  listHelpfulMarksOf,
  listMembers,
  listPosts,
  listRevisions,
  listRolesOf,
  listThreads,
  listTranslations,
  saveTranslation,
  setHelpfulMark,
  type THubRecordCard,
  type TPostTranslation,
  updateCommunityRow,
  updatePostAtVersion,
  updateThreadRow,
} from './communities.repository.ts';
import { type TMemberRole, ZPostInput, ZThreadInput, ZTranslationInput } from './communities.schemas.ts';
import {
  communityResourceOf,
  readCommunity,
  type TCommunityView,
  type TWriteOptions,
} from './communities.service.ts';
import { queuePostNotification } from './notifications.service.ts';
import {
  deletePostFiles,
  deleteSomePostFiles,
  insertPostFiles,
  listPostFiles,
  nextFilePosition,
} from './post-files.repository.ts';
import { checkAndSavePostFiles, discardPostFiles, postFilesMax, type TIncomingFile } from './post-files.ts';
import { linkedRecords, postLanguage, renderPostHtml, type TMentionable } from './post-rendering.ts';
import { checkPostingLimit } from './posting-limit.ts';
import { syncThreadIndex } from './thread-indexing.ts';
import { watchOwnThread } from './watching.service.ts';

/**
 * Threads and posts: starting a thread, replying (with a quote), editing (the earlier text kept as
 * history), deleting one's own post (a tombstone stays), translating a post, accepting an answer and
 * marking a post helpful; and the thread page as a reader sees it, in their language where a member
 * has translated a post.
 */
export function postResourceOf(view: TCommunityView, thread: TThread, post: TPost | null): TPostResource {
  return {
    community: view.resource,
    threadKind: thread.kind,
    threadStatus: thread.status,
    threadAuthorId: thread.authorId,
    authorId: post?.authorId ?? null,
    isDeleted: post?.isDeleted ?? false,
    isOpening: post !== null && post.id === thread.id,
  };
}

export const threadsPageSize = 30;

/** A community's threads a reader may see (none of a private community's unless they are a member). */
export async function readThreadList(deps: TDeps, actor: TActor, view: TCommunityView, page: number) {
  if (!communityPolicy.can(actor, 'readContent', view.resource)) return [];
  return listThreads(deps.db, view.community.id, {
    isHiddenIncluded: view.role === 'facilitator' || communityPolicy.can(actor, 'create'),
    limit: threadsPageSize,
    offset: (page - 1) * threadsPageSize,
  });
}

async function loadThread(deps: TDeps, actor: TActor, slug: string, threadId: string) {
  const view = await readCommunity(deps, actor, slug);
  const thread = await findThread(deps.db, threadId);
  if (!thread || thread.communityId !== view.community.id) throw new AppError('not_found');
  postPolicy.authorize(actor, 'read', postResourceOf(view, thread, null));
  return { view, thread };
}

async function loadPost(deps: TDeps, actor: TActor, slug: string, threadId: string, postId: string) {
  const { view, thread } = await loadThread(deps, actor, slug, threadId);
  const post = await findPost(deps.db, postId);
  if (!post || post.threadId !== thread.id) throw new AppError('not_found');
  return { view, thread, post, resource: postResourceOf(view, thread, post) };
}

/** Runs a post's audited write; the files saved for it are removed again when it fails (docs/adr/0034). */
async function withPostFiles(
  deps: TDeps,
  actor: TActor,
  options: TWriteStepOptions,
  stored: readonly { key: string }[],
  work: (step: TWriteStep) => Promise<void>,
): Promise<void> {
  try {
    await auditedWrite(deps, actor, options, work);
  } catch (error) {
    await discardPostFiles(deps, stored);
    throw error;
  }
}

async function attachStored(
  trx: TExecutor,
  input: {
    postId: string;
    stored: Awaited<ReturnType<typeof checkAndSavePostFiles>>;
    at: string;
    by: string | null;
  },
): Promise<void> {
  if (input.stored.length === 0) return;
  await insertPostFiles(trx, {
    postId: input.postId,
    files: input.stored.map((file) => ({ ...file, uploadId: newId(Date.parse(input.at)) })),
    at: input.at,
    by: input.by,
  });
}

const filesNoted = (stored: readonly { contentType: string; byteSize: number }[]) =>
  stored.length > 0 ? { files: stored.map((f) => ({ type: f.contentType, bytes: f.byteSize })) } : {};

/** Starts a thread: its opening post has the thread's id, so the thread's address names its first post. */
export async function startThread(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions & { hint: string; files?: readonly TIncomingFile[] },
): Promise<TThread> {
  const view = await readCommunity(deps, actor, slug, 'startThread');
  const input = parseOrThrow(ZThreadInput, raw);
  await checkPostingLimit(deps, actor);
  const stored = await checkAndSavePostFiles(deps, options.files ?? []);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  const language = postLanguage(`${input.title}\n\n${input.body}`, options.hint);
  await withPostFiles(deps, actor, { ...options, at }, stored, async ({ trx, audit }) => {
    await insertThread(trx, {
      id,
      community_id: view.community.id,
      kind: input.kind,
      title: input.title,
      language,
      status: 'open',
      author_id: actor.userId,
      accepted_post_id: null,
      post_count: 1,
      created_at: at,
      last_post_at: at,
    });
    await insertPost(trx, {
      id,
      thread_id: id,
      community_id: view.community.id,
      author_id: actor.userId,
      body: input.body,
      language,
      quote_of: null,
      created_at: at,
      edited_at: null,
    });
    await attachStored(trx, { postId: id, stored, at, by: actor.userId });
    await updateCommunityRow(trx, view.community.id, { last_activity_at: at });
    const details = { community: slug, kind: input.kind, language, ...filesNoted(stored) };
    await audit('communities.thread_started', { type: 'community_thread', id }, details);
    const created = await findThread(trx, id);
    if (created) await syncThreadIndex(deps, created, trx, view.community);
    await watchOwnThread(trx, { userId: actor.userId, threadId: id, reason: 'started', at });
    await queuePostNotification(deps, trx, id);
  });
  deps.jobs.kick();
  const thread = await findThread(deps.db, id);
  if (!thread) throw new AppError('internal');
  return thread;
}

/** A reply, with the post it quotes (from the same thread) when there is one. */
export async function replyToThread(
  deps: TDeps,
  actor: TActor,
  slug: string,
  threadId: string,
  raw: unknown,
  options: TWriteOptions & {
    hint: string;
    /** 'mail' for a reply by e-mail (recorded in the audit entry). */
    via?: 'web' | 'mail';
    /** Runs in the post's transaction, after the post is written (a reply by mail records its Message-ID). */
    alongside?: (trx: TExecutor, postId: string, at: string) => Promise<void>;
    /** Files attached on the reply form (docs/adr/0059). */
    files?: readonly TIncomingFile[];
  },
): Promise<TPost> {
  const { view, thread } = await loadThread(deps, actor, slug, threadId);
  postPolicy.authorize(actor, 'reply', postResourceOf(view, thread, null));
  const input = parseOrThrow(ZPostInput, raw);
  await checkPostingLimit(deps, actor);
  const quoted = input.quoteOf ? await findPost(deps.db, input.quoteOf) : null;
  const stored = await checkAndSavePostFiles(deps, options.files ?? []);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  await withPostFiles(deps, actor, { ...options, at }, stored, async ({ trx, audit }) => {
    await insertPost(trx, {
      id,
      thread_id: thread.id,
      community_id: view.community.id,
      author_id: actor.userId,
      body: input.body,
      language: postLanguage(input.body, options.hint),
      quote_of: quoted && quoted.threadId === thread.id && !quoted.isDeleted ? quoted.id : null,
      created_at: at,
      edited_at: null,
    });
    await attachStored(trx, { postId: id, stored, at, by: actor.userId });
    await updateThreadRow(trx, thread.id, { post_count: thread.postCount + 1, last_post_at: at });
    await updateCommunityRow(trx, view.community.id, { last_activity_at: at });
    const via = options.via === 'mail' ? { via: 'mail' } : {};
    const details = { community: slug, thread: thread.id, ...via, ...filesNoted(stored) };
    await audit('communities.replied', { type: 'community_post', id }, details);
    if (options.alongside) await options.alongside(trx, id, at);
    await syncThreadIndex(deps, thread, trx, view.community);
    await watchOwnThread(trx, { userId: actor.userId, threadId: thread.id, reason: 'replied', at });
    await queuePostNotification(deps, trx, id);
  });
  deps.jobs.kick();
  const post = await findPost(deps.db, id);
  if (!post) throw new AppError('internal');
  return post;
}

/**
 * The author edits a post; the text it replaces is kept, so readers can see what changed. The edit may
 * add files (the same checks as when posting) and remove some; the revision names them.
 */
export async function editPost(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  raw: unknown,
  options: TWriteOptions & {
    hint: string;
    expectedVersion?: number;
    files?: readonly TIncomingFile[];
    /** Upload ids of the post's files to remove. */
    removeFiles?: readonly string[];
  },
): Promise<TPost> {
  const { view, thread, post, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, 'edit', resource);
  const input = parseOrThrow(ZPostInput, raw);
  if (options.expectedVersion !== undefined && options.expectedVersion !== post.version)
    throw new AppError('conflict');
  const current = await listPostFiles(deps.db, [post.id]);
  const removing = current.filter((f) => (options.removeFiles ?? []).includes(f.uploadId));
  const adding = options.files ?? [];
  if (current.length - removing.length + adding.length > postFilesMax)
    throw new AppError('validation_failed', { fieldErrors: { files: 'communities.errors.tooManyFiles' } });
  if (input.body === post.body && adding.length === 0 && removing.length === 0) return post;
  const stored = await checkAndSavePostFiles(deps, adding);
  const at = deps.clock.now().toISOString();
  const filesChanged =
    stored.length + removing.length > 0
      ? { added: stored.map((f) => f.name), removed: removing.map((f) => f.name) }
      : null;
  let removedKeys: string[] = [];
  await withPostFiles(deps, actor, { ...options, at }, stored, async ({ trx, audit }) => {
    const ok = await updatePostAtVersion(trx, post.id, post.version, {
      body: input.body,
      language: postLanguage(input.body, options.hint),
      edited_at: at,
    });
    if (!ok) throw new AppError('conflict');
    await insertRevision(trx, {
      id: newId(Date.parse(at)),
      post_id: post.id,
      body: post.body,
      language: post.language,
      written_at: post.editedAt ?? post.createdAt,
      replaced_at: at,
      replaced_by: actor.userId,
      files_changed: filesChanged ? JSON.stringify(filesChanged) : null,
    });
    removedKeys = (
      await deleteSomePostFiles(
        trx,
        post.id,
        removing.map((f) => f.uploadId),
      )
    ).map((f) => f.storageKey);
    if (stored.length > 0)
      await insertPostFiles(trx, {
        postId: post.id,
        files: stored.map((file) => ({ ...file, uploadId: newId(Date.parse(at)) })),
        at,
        by: actor.userId,
        firstPosition: await nextFilePosition(trx, post.id),
      });
    const counts = filesChanged ? { filesAdded: stored.length, filesRemoved: removing.length } : {};
    const details = { thread: post.threadId, version: post.version + 1, ...counts };
    await audit('communities.post_edited', { type: 'community_post', id: post.id }, details);
    await syncThreadIndex(deps, thread, trx, view.community);
  });
  // The removed files' bytes go once no row names them (a crash in between leaves them to the sweep).
  for (const key of removedKeys) await deps.files.remove(key);
  return (await findPost(deps.db, post.id)) ?? post;
}

/**
 * The author deletes their post: its text goes (and its history and translations with it), a
 * tombstone keeps the thread's order readable.
 */
export async function deletePost(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  options: TWriteOptions = {},
): Promise<void> {
  const { view, post, thread, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, 'delete', resource);
  const removedKeys = await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const ok = await updatePostAtVersion(trx, post.id, post.version, {
      body: '',
      is_deleted: 1,
      edited_at: at,
    });
    if (!ok) throw new AppError('conflict');
    await deleteRevisions(trx, post.id);
    await deleteTranslations(trx, post.id);
    const keys = await deletePostFiles(trx, post.id);
    if (thread.acceptedPostId === post.id) await updateThreadRow(trx, thread.id, { accepted_post_id: null });
    const details = { thread: thread.id, ...(keys.length > 0 ? { files: keys.length } : {}) };
    await audit('communities.post_deleted', { type: 'community_post', id: post.id }, details);
    await syncThreadIndex(deps, thread, trx, view.community);
    return keys;
  });
  // The stored files go once the rows naming them are gone (a crash in between leaves them to the sweep).
  for (const key of removedKeys) await deps.files.remove(key);
}

/** A member adds (or replaces) a translation of a post into another language. */
export async function translatePost(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  raw: unknown,
  options: TWriteOptions = {},
): Promise<string> {
  const { view, thread, post, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, 'translate', resource);
  const input = parseOrThrow(ZTranslationInput, raw);
  if (input.language === post.language)
    throw new AppError('validation_failed', { fieldErrors: { language: 'communities.errors.sameLanguage' } });
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const outcome = await saveTranslation(trx, {
      id: newId(Date.parse(at)),
      postId: post.id,
      language: input.language,
      body: input.body,
      translatedBy: actor.userId,
      at,
    });
    const details = { language: input.language, outcome };
    await audit('communities.post_translated', { type: 'community_post', id: post.id }, details);
    await syncThreadIndex(deps, thread, trx, view.community);
  });
  return input.language;
}

/** The thread's author (or a facilitator) accepts an answer to a question; accepting it again clears it. */
export async function acceptAnswer(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  options: TWriteOptions = {},
): Promise<boolean> {
  const { post, thread, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, 'accept', resource);
  const isAccepting = thread.acceptedPostId !== post.id;
  await auditedWrite(deps, actor, options, async ({ trx, audit }) => {
    await updateThreadRow(trx, thread.id, { accepted_post_id: isAccepting ? post.id : null });
    const action = isAccepting ? 'communities.answer_accepted' : 'communities.answer_cleared';
    await audit(action, { type: 'community_thread', id: thread.id }, { post: post.id });
  });
  return isAccepting;
}

/** Marks a post helpful, or takes the mark back. One mark per person and post. */
export async function markHelpful(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  isHelpful: boolean,
): Promise<number> {
  const { post, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, 'markHelpful', resource);
  return deps.db
    .transaction()
    .execute((trx) =>
      setHelpfulMark(trx, post.id, actor.userId as string, isHelpful, deps.clock.now().toISOString()),
    );
}

/** A post as the thread page shows it. */
export type TPostView = {
  post: TPost;
  /** The sanitised HTML shown first: the reader's language's translation when there is one. */
  html: string;
  language: string;
  /** The translation shown, with who made it; null when the original is shown. */
  translation: TPostTranslation | null;
  /** The original's HTML, one click away, when a translation is shown. */
  originalHtml: string | null;
  translations: TPostTranslation[];
  quoted: { id: string; authorName: string | null } | null;
  cards: THubRecordCard[];
  /** Its attached files (none shown for a deleted post, nor a hidden one to who may not see it). */
  files: TPostFile[];
  isHelpfulToReader: boolean;
  /** Set when a facilitator hid the post; the reason only for its author and the moderators. */
  hidden: { reason: string | null } | null;
  can: {
    edit: boolean;
    delete: boolean;
    translate: boolean;
    accept: boolean;
    markHelpful: boolean;
    report: boolean;
    moderate: boolean;
  };
};

/** The thread page: every post, each in the reader's language where a member translated it. */
export async function readThreadPage(
  deps: TDeps,
  actor: TActor,
  slug: string,
  threadId: string,
  locale: string,
) {
  const { view, thread } = await loadThread(deps, actor, slug, threadId);
  const [posts, members] = await Promise.all([
    listPosts(deps.db, thread.id),
    listMembers(deps.db, view.community.id),
  ]);
  const ids = posts.map((p) => p.id);
  const [translations, marks, files] = await Promise.all([
    listTranslations(deps.db, ids),
    actor.userId ? listHelpfulMarksOf(deps.db, actor.userId, ids) : Promise.resolve(new Set<string>()),
    listPostFiles(deps.db, ids),
  ]);
  const mentionable: TMentionable[] = members
    .filter((m) => m.role !== 'requested')
    .map((m) => ({ userId: m.userId, name: m.name }));
  const linked = posts.filter((p) => !p.isDeleted).map((p) => linkedRecords(p.body, deps.config.publicUrl));
  const records = await findHubRecords(deps.db, linked.flat());
  const byId = new Map(posts.map((p) => [p.id, p]));
  const views: TPostView[] = posts.map((post, index) => {
    const own = translations.filter((t) => t.postId === post.id);
    const shown = post.language !== locale ? (own.find((t) => t.language === locale) ?? null) : null;
    const resource = postResourceOf(view, thread, post);
    const quoted = post.quoteOf ? byId.get(post.quoteOf) : undefined;
    const cardsWanted = post.isDeleted ? [] : (linked[posts.filter((p) => !p.isDeleted).indexOf(post)] ?? []);
    const canModerate = postPolicy.can(actor, 'moderate', resource);
    const isOwn = actor.userId !== null && post.authorId === actor.userId;
    const isConcealed = post.hiddenReason !== null && !canModerate && !isOwn;
    return {
      post,
      hidden: post.hiddenReason !== null ? { reason: isConcealed ? null : post.hiddenReason } : null,
      html: post.isDeleted || isConcealed ? '' : renderPostHtml(shown ? shown.body : post.body, mentionable),
      language: shown ? shown.language : post.language,
      translation: shown,
      originalHtml: shown && !isConcealed ? renderPostHtml(post.body, mentionable) : null,
      translations: own,
      quoted: quoted ? { id: quoted.id, authorName: quoted.authorName } : null,
      cards: (isConcealed ? [] : cardsWanted)
        .map((w) => records.find((r) => r.type === w.type && r.slug === w.slug))
        .filter((r): r is THubRecordCard => r !== undefined),
      files: post.isDeleted || isConcealed ? [] : files.filter((f) => f.postId === post.id),
      isHelpfulToReader: marks.has(post.id),
      can: {
        edit: postPolicy.can(actor, 'edit', resource),
        delete: postPolicy.can(actor, 'delete', resource),
        translate: postPolicy.can(actor, 'translate', resource),
        accept: postPolicy.can(actor, 'accept', resource) && index > 0,
        markHelpful: postPolicy.can(actor, 'markHelpful', resource) && !isConcealed,
        report: postPolicy.can(actor, 'report', resource) && post.hiddenReason === null,
        moderate: canModerate && !post.isDeleted,
      },
    };
  });
  const canModerate = communityPolicy.can(actor, 'moderate', view.resource);
  return {
    view,
    thread,
    posts: views,
    canReply: postPolicy.can(actor, 'reply', postResourceOf(view, thread, null)),
    canModerate,
    moveTargets: canModerate ? await listMoveTargets(deps, actor, view.community.id) : [],
  };
}

/**
 * An attached file for download: only for who may read the thread (a private community's members and
 * the secretariat), never of a deleted post, and of a hidden one only for its author and the moderators.
 */
export async function readPostFile(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string; uploadId: string },
) {
  const { post, resource } = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  const isOwn = actor.userId !== null && post.authorId === actor.userId;
  if (post.isDeleted) throw new AppError('not_found');
  if (post.hiddenReason !== null && !isOwn && !postPolicy.can(actor, 'moderate', resource))
    throw new AppError('not_found');
  const file = (await listPostFiles(deps.db, [post.id])).find((f) => f.uploadId === ids.uploadId);
  if (!file) throw new AppError('not_found');
  const bytes = await deps.files.read(file.storageKey);
  if (!bytes) throw new AppError('not_found');
  return { file, bytes, isPublic: resource.community.visibility === 'public' };
}

/**
 * A post's earlier versions, newest first, for anyone who may read the thread — except a hidden
 * post's, which (like its text and files on the thread page) only its author and moderators see.
 */
export async function readPostHistory(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
) {
  const loaded = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  const isOwn = actor.userId !== null && loaded.post.authorId === actor.userId;
  // A hidden post's versions are for its author and the moderators, as its text is; anyone else who
  // follows a link to them (made before it was hidden) is told it was hidden, and sees nothing of it.
  const isConcealed =
    loaded.post.hiddenReason !== null && !isOwn && !postPolicy.can(actor, 'moderate', loaded.resource);
  if (isConcealed) return { ...loaded, isConcealed, revisions: [] };
  return { ...loaded, isConcealed, revisions: await listRevisions(deps.db, loaded.post.id) };
}

/** A post the asking person may edit or translate, for the form. */
export async function readPostFor(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  action: 'edit' | 'translate',
) {
  const loaded = await loadPost(deps, actor, ids.slug, ids.threadId, ids.postId);
  postPolicy.authorize(actor, action, loaded.resource);
  // The edit form lists the post's files, each with a box to remove it.
  const files = action === 'edit' ? await listPostFiles(deps.db, [loaded.post.id]) : [];
  return { ...loaded, files };
}

/** Communities a moderator may move a thread to: the other active ones they also moderate. */
async function listMoveTargets(deps: TDeps, actor: TActor, exceptId: string) {
  const [all, roles] = await Promise.all([
    listCommunities(deps.db, ['active']),
    actor.userId ? listRolesOf(deps.db, actor.userId) : Promise.resolve(new Map<string, TMemberRole>()),
  ]);
  return all
    .filter((c) => c.id !== exceptId)
    .filter((c) => communityPolicy.can(actor, 'moderate', communityResourceOf(c, roles.get(c.id) ?? null)))
    .map((c) => ({ slug: c.slug, name: c.name, language: c.language }));
}
