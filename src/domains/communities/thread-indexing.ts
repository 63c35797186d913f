import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { markdownToText } from '../../platform/markdown.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import type { TCommunity, TThread } from './communities.record.ts';
import {
  findCommunityById,
  listAllThreadsOf,
  listPosts,
  listTranslations,
  threadRows,
} from './communities.repository.ts';

/**
 * Keeps the hub's search in step with discussions: a thread of an active public community is in the
 * index (its posts and their translations, so a question asked in Spanish is found in English once a
 * member translated it); a thread of a private community, a hidden thread or one whose community is
 * not open is not, and is removed whenever it changes.
 */
export const threadSearchType = 'thread';

export function threadSearchSlug(communitySlug: string, threadId: string): string {
  return `${communitySlug}/threads/${threadId}`;
}

export function isThreadPublic(community: TCommunity, thread: TThread): boolean {
  return community.status === 'active' && community.visibility === 'public' && thread.status !== 'hidden';
}

export async function threadSearchDocument(
  db: TDb,
  community: TCommunity,
  thread: TThread,
): Promise<TSearchDocument> {
  const posts = (await listPosts(db, thread.id)).filter((p) => !p.isDeleted && p.hiddenReason === null);
  const translations = await listTranslations(
    db,
    posts.map((p) => p.id),
  );
  const opening = posts.find((p) => p.id === thread.id);
  const texts = posts.map((p) => markdownToText(p.body));
  return {
    id: thread.id,
    type: threadSearchType,
    slug: threadSearchSlug(community.slug, thread.id),
    language: thread.language,
    title: thread.title,
    summary: opening ? markdownToText(opening.body).slice(0, 300) : '',
    body: [...texts, ...translations.map((t) => markdownToText(t.body)), community.name]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    publishedAt: thread.createdAt,
    facets: [
      { facet: 'language', value: thread.language },
      { facet: 'year', value: thread.createdAt.slice(0, 4) },
      ...community.themes.map((value) => ({ facet: 'theme', value })),
      ...community.regions.map((value) => ({ facet: 'region', value })),
    ],
    concepts: community.themes,
  };
}

/** Called in the transaction that changes the thread; true when the thread is in the index. */
export async function syncThreadIndex(
  deps: Pick<TDeps, 'search'>,
  thread: TThread,
  db: TDb,
  community?: TCommunity | null,
): Promise<boolean> {
  const owner = community ?? (await findCommunityById(db, thread.communityId));
  if (owner && isThreadPublic(owner, thread)) {
    await deps.search.upsertDocument(await threadSearchDocument(db, owner, thread), { db });
    return true;
  }
  await deps.search.removeDocument(thread.id, { db });
  return false;
}

/**
 * In the transaction that changed a community (its name, themes, regions or visibility): every thread's
 * document follows it. Returns the community as it now is.
 */
export async function syncCommunityThreads(
  deps: Pick<TDeps, 'search'>,
  db: TDb,
  communityId: string,
): Promise<TCommunity> {
  const changed = await findCommunityById(db, communityId);
  if (!changed) throw new AppError('internal');
  for (const thread of await listAllThreadsOf(db, communityId))
    await syncThreadIndex(deps, thread, db, changed);
  return changed;
}

/** Every thread's document synced, and those of threads that are gone dropped (the search reindex). */
export function reindexAllThreads(deps: TDeps): Promise<TReindexCount> {
  return deps.search.reindexRecords(threadSearchType, threadRows, (thread, trx) =>
    syncThreadIndex(deps, thread, trx),
  );
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const threadSearchSource: TSearchSource = {
  name: 'thread',
  types: {
    // A discussion's slug is "{community}/threads/{id}" (syncThreadIndex).
    thread: { path: '/communities', labelKey: 'search.type.thread' },
  },
  reindex: reindexAllThreads,
};
