import type { TExecutor } from '../../core/records.ts';
import {
  listDigestInterests,
  listMailablePostsIn,
  newestFirst,
  type TDigestInterests,
  type TNotifiedPost,
} from './watching.repository.ts';

/** One reader of a digest batch and the window of their period (from inclusive, to exclusive). */
export type TDigestWindow = { userId: string; from: string; to: string };

/** A batch's mailable posts by community and by thread (in the order given). */
export type TPostIndex = {
  byCommunity: Map<string, TNotifiedPost[]>;
  byThread: Map<string, TNotifiedPost[]>;
};

export function indexPosts(posts: readonly TNotifiedPost[]): TPostIndex {
  const index: TPostIndex = { byCommunity: new Map(), byThread: new Map() };
  const add = (map: Map<string, TNotifiedPost[]>, key: string, post: TNotifiedPost) => {
    const list = map.get(key);
    if (list) list.push(post);
    else map.set(key, [post]);
  };
  for (const post of posts) {
    add(index.byCommunity, post.communityId, post);
    add(index.byThread, post.threadId, post);
  }
  return index;
}

/**
 * The rules of what a digest holds (docs/adr/0055, 0082), in one place for both databases: the posts
 * of the reader's window in the communities they watch and in the threads they watch (wherever those
 * are now), only where they are a member now, not in threads they muted, not their own; the newest
 * `limit`. The posts indexed are mailable already (see `listMailablePostsIn`).
 */
export function digestPostsFor(
  window: TDigestWindow,
  interests: TDigestInterests | undefined,
  index: TPostIndex,
  limit: number,
): TNotifiedPost[] {
  if (!interests) return [];
  const candidates = new Map<string, TNotifiedPost>();
  for (const id of interests.watchedCommunities)
    for (const post of index.byCommunity.get(id) ?? []) candidates.set(post.id, post);
  for (const id of interests.watchedThreads)
    for (const post of index.byThread.get(id) ?? []) candidates.set(post.id, post);
  const kept: TNotifiedPost[] = [];
  for (const post of [...candidates.values()].sort(newestFirst)) {
    if (kept.length >= limit) break;
    if (post.createdAt < window.from || post.createdAt >= window.to) continue;
    if (!interests.memberOf.has(post.communityId)) continue;
    if (post.authorId === window.userId) continue;
    if (interests.mutedThreads.has(post.threadId)) continue;
    kept.push(post);
  }
  return kept;
}

/** Roughly what a post read for a digest holds in memory: its texts (two bytes a character at most) and the rest. */
const bytesOf = (post: TNotifiedPost) => 2 * (post.body.length + post.threadTitle.length) + 512;

/**
 * A digest run's memory of the posts it read, by community, with the window each was read for: a
 * community's posts go to every reader who watches it, and those readers fall in different batches, so
 * without it each community was read again in nearly every batch that has one of its readers
 * (docs/adr/0080). Bounded (about `limitBytes`); the communities read first are forgotten first. Posts
 * hidden, moved or edited during the run are dropped or written again at send time (docs/adr/0058);
 * who is a member and what they watch is not remembered, it is read for each batch.
 */
export class DigestPostMemory {
  private readonly byCommunity = new Map<
    string,
    { from: string; to: string; posts: TNotifiedPost[]; bytes: number }
  >();
  private bytes = 0;
  constructor(private readonly limitBytes = 128 * 1024 * 1024) {}

  /** The posts of a community over a window that holds [from, to), or undefined when not read. */
  find(communityId: string, from: string, to: string): TNotifiedPost[] | undefined {
    const known = this.byCommunity.get(communityId);
    return known && known.from <= from && known.to >= to ? known.posts : undefined;
  }

  remember(communityId: string, from: string, to: string, posts: TNotifiedPost[]): void {
    this.forget(communityId);
    const bytes = posts.reduce((sum, post) => sum + bytesOf(post), 0);
    if (bytes > this.limitBytes) return;
    while (this.bytes + bytes > this.limitBytes) {
      const oldest = this.byCommunity.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
    this.byCommunity.set(communityId, { from, to, posts, bytes });
    this.bytes += bytes;
  }

  private forget(communityId: string): void {
    const known = this.byCommunity.get(communityId);
    if (!known) return;
    this.bytes -= known.bytes;
    this.byCommunity.delete(communityId);
  }
}

/**
 * The posts of every reader of a digest batch, the same way on SQLite and PostgreSQL: what the batch's
 * readers follow (two statements), then the mailable posts of the union of their windows in the
 * communities they watch and are a member of (one statement for those the run has not read yet) and in
 * the threads they watch (one statement, only when some watch a thread); each post is read once. Each
 * reader's own window, rules and limit are applied in the process (`digestPostsFor`). Readers without
 * posts are absent.
 */
export async function readDigestPosts(
  executor: TExecutor,
  windows: readonly TDigestWindow[],
  limitEach: number,
  memory: DigestPostMemory = new DigestPostMemory(),
): Promise<Map<string, TNotifiedPost[]>> {
  const byReader = new Map<string, TNotifiedPost[]>();
  if (windows.length === 0) return byReader;
  const interestsOf = await listDigestInterests(
    executor,
    windows.map((w) => w.userId),
  );
  const communityIds = new Set<string>();
  const threadIds = new Set<string>();
  for (const interests of interestsOf.values()) {
    for (const id of interests.watchedCommunities) if (interests.memberOf.has(id)) communityIds.add(id);
    for (const id of interests.watchedThreads) threadIds.add(id);
  }
  if (communityIds.size === 0 && threadIds.size === 0) return byReader;
  // ISO instants order as text: the earliest start and the latest end of the batch's windows.
  const from = windows.map((w) => w.from).sort()[0] ?? '';
  const to =
    windows
      .map((w) => w.to)
      .sort()
      .at(-1) ?? '';
  const posts: TNotifiedPost[] = [];
  const unread: string[] = [];
  for (const id of communityIds) {
    const known = memory.find(id, from, to);
    if (known) posts.push(...known);
    else unread.push(id);
  }
  if (unread.length > 0) {
    const read = await listMailablePostsIn(executor, { communityIds: unread, threadIds: [], from, to });
    const byCommunity = new Map<string, TNotifiedPost[]>(unread.map((id) => [id, []]));
    for (const post of read) byCommunity.get(post.communityId)?.push(post);
    for (const [id, list] of byCommunity) memory.remember(id, from, to, list);
    posts.push(...read);
  }
  if (threadIds.size > 0)
    posts.push(
      ...(await listMailablePostsIn(executor, { communityIds: [], threadIds: [...threadIds], from, to })),
    );
  const index = indexPosts(posts);
  for (const window of windows) {
    const kept = digestPostsFor(window, interestsOf.get(window.userId), index, limitEach);
    if (kept.length > 0) byReader.set(window.userId, kept);
  }
  return byReader;
}
