import { unsubscribeHeaders } from '../../core/mail-lists.ts';
import type { TExecutor } from '../../core/records.ts';
import type { TDeps } from '../../deps.ts';
import type { TMailHeaders, TMailMessage } from '../../platform/mail.ts';
import { composeDigestMail, composePostMail, DigestExcerpts } from './community-mail.ts';
import { lastEndedPeriod, type TDigestKind, type TDigestPeriod } from './digest-periods.ts';
import { DigestPostMemory, readDigestPosts } from './digest-posts.ts';
import { replyAddressFor } from './reply-address.ts';
import {
  digestsSentStatement,
  findMailablePost,
  findMailReader,
  findMailReaders,
  isMemberOfAll,
  listDigestSubscribers,
  listImmediateRecipients,
  listReceivablePosts,
  mayReceivePost,
} from './watching.repository.ts';
import { registerCommunityMailLists } from './watching.service.ts';

/**
 * Community mail (docs/adr/0055). A new post enqueues a durable job in its own transaction; the job
 * mails each watcher who wants mail at once, in their language, through the outbox with a dedupe key per
 * (recipient, post), so a rerun never sends twice. Every such mail carries a send-time check: right
 * before it goes out, its reader must still be a member of the community the thread is in, and the post
 * must still be visible (not hidden, removed or in a hidden thread) — or the mail is cancelled.
 * Digests are an hourly durable job: for each person whose daily or weekly period has ended on their
 * wall clock, one mail per period (dedupe key per recipient and period), written in small batches. A
 * digest is written again just before it goes out, from the posts its reader may still read then
 * (docs/adr/0058); with none left it is cancelled.
 */
export const notifyPostJob = 'communities.notify-post';
export const digestJob = 'communities.digests';
const postCheck = 'communities.post-readable';
/** Digests queued before docs/adr/0058: their reader must still be a member of every community quoted. */
const legacyDigestCheck = 'communities.member-of-all';
/** A digest written again at send time from the posts its reader may still read. */
const digestCheck = 'communities.digest-readable';

const hourMs = 3_600_000;
/**
 * People read per batch of a digest run (their follows and posts in a few statements); their mail is
 * then written in one or more short transactions of at most `digestWriteChars` (docs/adr/0085).
 */
export const digestBatchSize = 25;
/**
 * Characters of mail (text, subject, send-time check) written in one transaction at most. A weekly
 * digest quoting 30 posts is about 17,000 characters with its check, so a batch of 25 wrote ~430 KB at
 * once; on PostgreSQL the insert and the commit's WAL flush grow with it (docs/benchmarks.md). Smaller
 * writes cost one more commit each and nothing else: each holds its readers' mail and progress together.
 */
export const digestWriteChars = 64_000;
/** Posts listed in one digest; the rest are counted. */
export const digestMaxPosts = 30;

/** In the transaction of a new thread or reply: mail about it will follow once it is committed. */
export async function queuePostNotification(deps: TDeps, trx: TExecutor, postId: string): Promise<void> {
  await deps.jobs.enqueue(trx, {
    kind: notifyPostJob,
    payload: { postId },
    dedupeKey: `${notifyPostJob}:${postId}`,
  });
}

function replyToFor(deps: TDeps, readerId: string, threadId: string): TMailHeaders {
  if (deps.config.inbound.port === undefined) return {};
  return { 'Reply-To': replyAddressFor(deps, { userId: readerId, threadId }) };
}

/** Mails a post to those who watch it and want mail at once. Idempotent (outbox dedupe keys). */
export async function notifyPost(deps: TDeps, postId: string): Promise<number> {
  const post = await findMailablePost(deps.db, postId);
  if (!post) return 0;
  const recipients = await listImmediateRecipients(deps.db, {
    threadId: post.threadId,
    communityId: post.communityId,
    authorId: post.authorId,
  });
  const canReplyByMail = deps.config.inbound.port !== undefined;
  for (let i = 0; i < recipients.length; i += digestBatchSize) {
    const batch = recipients.slice(i, i + digestBatchSize);
    await deps.db.transaction().execute(async (trx) => {
      for (const recipient of batch) {
        const reader = {
          id: recipient.userId,
          email: recipient.email,
          name: recipient.name,
          locale: recipient.locale,
        };
        const list = recipient.isThreadWatcher ? `thread:${post.threadId}` : `community:${post.communityId}`;
        const mail = composePostMail(deps, { reader, post, list, canReplyByMail });
        await deps.mailer.enqueue(trx, {
          to: recipient.email,
          subject: mail.subject,
          text: mail.text,
          dedupeKey: `communities.post:${post.id}:${recipient.userId}`,
          headers: {
            ...unsubscribeHeaders(mail.unsubscribeUrl),
            ...replyToFor(deps, recipient.userId, post.threadId),
          },
          sendIf: { check: postCheck, args: [recipient.userId, post.id] },
        });
      }
    });
  }
  if (recipients.length > 0) deps.mailer.kick();
  return recipients.length;
}

/** One write transaction of a digest run, timed part by part (for the bench). */
export type TDigestWrite = {
  startedAt: number;
  totalMs: number;
  /** From asking for the transaction to its first statement (a pooled connection, BEGIN). */
  beginMs: number;
  /** Each statement in order: the inserts of mail, then the progress update. */
  statementMs: number[];
  commitMs: number;
  /** From the first statement to the end of the commit: the longest a write lock can be held. */
  lockMs: number;
  mails: number;
  chars: number;
};

export type TDigestRun = {
  kind: TDigestKind;
  people: number;
  mailed: number;
  /** The longest write, from asking for a connection to the end of its commit. */
  longestTransactionMs: number;
  /** The longest a write held a lock: its first statement to the end of its commit. */
  longestLockMs: number;
};

/**
 * Sends the digests of one kind whose period has ended at `now` for each subscriber. Safe to run again
 * at any point (after a crash halfway): who was done has `sent_through` at the period's end and is
 * skipped, and a mail written but not marked has the same dedupe key and is not written twice.
 */
export async function runDigests(
  deps: TDeps,
  kind: TDigestKind,
  options: {
    now?: Date;
    heartbeat?: () => Promise<void>;
    batchSize?: number;
    writeChars?: number;
    onWrite?: (write: TDigestWrite) => void;
  } = {},
): Promise<TDigestRun> {
  const now = options.now ?? deps.clock.now();
  const batchSize = options.batchSize ?? digestBatchSize;
  const run: TDigestRun = { kind, people: 0, mailed: 0, longestTransactionMs: 0, longestLockMs: 0 };
  let cursor = '';
  const excerpts = new DigestExcerpts();
  const postMemory = new DigestPostMemory();
  for (;;) {
    const subscribers = await listDigestSubscribers(deps.db, kind, cursor, batchSize);
    if (subscribers.length === 0) break;
    cursor = subscribers[subscribers.length - 1]?.userId ?? cursor;
    // Read outside the transaction, the whole batch in a few statements (its readers, what they follow,
    // then every post of theirs once); write the batch's mail and progress in one short transaction.
    const pending = subscribers.flatMap((settings) => {
      const period = lastEndedPeriod(kind, settings.timeZone ?? 'UTC', now);
      const sentThrough = kind === 'daily' ? settings.dailySentThrough : settings.weeklySentThrough;
      if (sentThrough && sentThrough >= period.end) return [];
      const from = sentThrough && sentThrough > period.start ? sentThrough : period.start;
      return [{ userId: settings.userId, period, from }];
    });
    run.people += pending.length;
    const readers = await findMailReaders(
      deps.db,
      pending.map((p) => p.userId),
    );
    const postsOf = await readDigestPosts(
      deps.db,
      pending
        .filter((p) => readers.has(p.userId))
        .map((p) => ({ userId: p.userId, from: p.from, to: p.period.end })),
      500,
      postMemory,
    );
    const due: TDue[] = [];
    for (const { userId, period } of pending) {
      const reader = readers.get(userId);
      const posts = postsOf.get(userId) ?? [];
      if (!reader || posts.length === 0) {
        due.push({ userId, periodEnd: period.end });
        continue;
      }
      const shown = posts.slice(0, digestMaxPosts);
      const mail = composeDigestMail(deps, { reader, period, posts: shown, total: posts.length, excerpts });
      due.push({
        userId,
        periodEnd: period.end,
        mail: {
          to: reader.email,
          subject: mail.subject,
          text: mail.text,
          dedupeKey: `communities.digest:${kind}:${userId}:${period.startDate}`,
          headers: unsubscribeHeaders(mail.unsubscribeUrl),
          sendIf: { check: digestCheck, args: digestCheckArgs(userId, period, posts) },
        },
      });
    }
    for (const chunk of writeChunks(due, options.writeChars ?? digestWriteChars)) {
      // Everything is built before the transaction opens; inside, it only sends the statements.
      const mails = chunk.flatMap((item) => (item.mail ? [item.mail] : []));
      const statements = deps.mailer.compileEnqueue(mails);
      const marked = digestsSentStatement(
        deps.db,
        kind,
        chunk.map((item) => ({ userId: item.userId, through: item.periodEnd })),
      );
      if (marked) statements.push(marked);
      const started = performance.now();
      const times: number[] = [];
      await deps.db.transaction().execute(async (trx) => {
        times.push(performance.now());
        for (const statement of statements) {
          await trx.executeQuery(statement);
          times.push(performance.now());
        }
      });
      const ended = performance.now();
      options.onWrite?.({
        startedAt: started,
        totalMs: ended - started,
        beginMs: (times[0] ?? ended) - started,
        statementMs: times.slice(1).map((t, i) => t - (times[i] as number)),
        commitMs: ended - (times.at(-1) ?? ended),
        lockMs: ended - (times[0] ?? ended),
        mails: mails.length,
        chars: chunk.reduce((sum, item) => sum + writtenChars(item), 0),
      });
      run.longestTransactionMs = Math.max(run.longestTransactionMs, ended - started);
      run.longestLockMs = Math.max(run.longestLockMs, ended - (times[0] ?? ended));
      run.mailed += mails.length;
    }
    await options.heartbeat?.();
  }
  if (run.mailed > 0) deps.mailer.kick();
  return run;
}

type TDue = { userId: string; periodEnd: string; mail?: TMailMessage };

/** What a reader's part of a write holds, in characters (their mail's text, subject and check). */
function writtenChars(item: TDue): number {
  if (!item.mail) return 0;
  return item.mail.text.length + item.mail.subject.length + (item.mail.sendIf?.args.join('').length ?? 0);
}

/**
 * A batch's readers in consecutive groups of at most `limit` characters of mail each (a reader whose
 * mail alone is longer is a group of one): each group is one write transaction.
 */
export function writeChunks<T extends TDue>(due: readonly T[], limit: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let chars = 0;
  for (const item of due) {
    const size = writtenChars(item);
    if (chunk.length > 0 && chars + size > limit) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(item);
    chars += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** What the send-time check of a digest needs: its reader, its period and every post it counted. */
function digestCheckArgs(userId: string, period: TDigestPeriod, posts: readonly { id: string }[]): string[] {
  return [
    userId,
    period.kind,
    period.zone,
    period.startDate,
    period.start,
    period.end,
    ...posts.map((p) => p.id),
  ];
}

/**
 * A queued digest as it may go out now: only the posts its reader may still read (not hidden, removed,
 * moved out of their communities, nor in a community they left), or false when none is left.
 */
export async function digestAtSendTime(
  deps: Pick<TDeps, 'config' | 'secret'>,
  db: TDeps['db'],
  args: readonly string[],
): Promise<false | { subject: string; text: string }> {
  const [userId = '', kind, zone = 'UTC', startDate = '', start = '', end = '', ...postIds] = args;
  if (kind !== 'daily' && kind !== 'weekly') return false;
  const reader = await findMailReader(db, userId);
  if (!reader) return false;
  const posts = await listReceivablePosts(db, userId, postIds);
  if (posts.length === 0) return false;
  const period: TDigestPeriod = { kind, zone, startDate, start, end };
  const mail = composeDigestMail(deps, {
    reader,
    period,
    posts: posts.slice(0, digestMaxPosts),
    total: posts.length,
  });
  return { subject: mail.subject, text: mail.text };
}

/** The slot of the next hourly digest run (so every node enqueues the same next run once). */
function nextHour(now: Date): Date {
  return new Date((Math.floor(now.getTime() / hourMs) + 1) * hourMs);
}

export async function scheduleDigests(deps: Pick<TDeps, 'db' | 'jobs' | 'clock'>): Promise<void> {
  const runAt = nextHour(deps.clock.now());
  await deps.jobs.enqueue(deps.db, {
    kind: digestJob,
    runAt,
    dedupeKey: `${digestJob}:${runAt.toISOString()}`,
  });
}

/** Registers the community mail: unsubscribe lists, send-time checks, the notification and digest jobs. */
export function registerCommunityMail(deps: TDeps): void {
  registerCommunityMailLists();
  deps.mailer.registerCheck(postCheck, async (db, [userId = '', postId = '']) =>
    mayReceivePost(db, userId, postId),
  );
  deps.mailer.registerCheck(digestCheck, async (db, args) => digestAtSendTime(deps, db, args));
  deps.mailer.registerCheck(legacyDigestCheck, async (db, [userId = '', ...communityIds]) => {
    if (!(await findMailReader(db, userId))) return false;
    return isMemberOfAll(db, userId, communityIds);
  });
  deps.jobs.register(notifyPostJob, async (job) => {
    const { postId } = job.payload as { postId?: string };
    if (postId) await notifyPost(deps, postId);
  });
  deps.jobs.register(digestJob, async (_job, context) => {
    // The next run is booked first, so a run that fails still leaves the hourly chain in place.
    await scheduleDigests(deps);
    for (const kind of ['daily', 'weekly'] as const) {
      const run = await runDigests(deps, kind, { heartbeat: context.heartbeat });
      if (run.mailed > 0) deps.logger.info(run, 'community digests written');
    }
  });
}
