import { unsubscribeHeaders } from '../../core/mail-lists.ts';
import type { TExecutor } from '../../core/records.ts';
import type { TDeps } from '../../deps.ts';
import type { TMailHeaders } from '../../platform/mail.ts';
import { composeDigestMail, composePostMail, DigestExcerpts } from './community-mail.ts';
import { lastEndedPeriod, type TDigestKind, type TDigestPeriod } from './digest-periods.ts';
import { DigestPostMemory, readDigestPosts } from './digest-posts.ts';
import { replyAddressFor } from './reply-address.ts';
import {
  findMailablePost,
  findMailReader,
  findMailReaders,
  isMemberOfAll,
  listDigestSubscribers,
  listImmediateRecipients,
  listReceivablePosts,
  markDigestsSent,
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
 * People handled per transaction of a digest run (each transaction stays short): 100 mails took
 * 290–460 ms to write on the loaded bench machine, past the 100 ms a write may hold the database
 * (docs/benchmarks.md, communities); 25 keep each write about a quarter of that.
 */
export const digestBatchSize = 25;
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

export type TDigestRun = { kind: TDigestKind; people: number; mailed: number; longestTransactionMs: number };

/**
 * Sends the digests of one kind whose period has ended at `now` for each subscriber. Safe to run again
 * at any point (after a crash halfway): who was done has `sent_through` at the period's end and is
 * skipped, and a mail written but not marked has the same dedupe key and is not written twice.
 */
export async function runDigests(
  deps: TDeps,
  kind: TDigestKind,
  options: { now?: Date; heartbeat?: () => Promise<void>; batchSize?: number } = {},
): Promise<TDigestRun> {
  const now = options.now ?? deps.clock.now();
  const batchSize = options.batchSize ?? digestBatchSize;
  const run: TDigestRun = { kind, people: 0, mailed: 0, longestTransactionMs: 0 };
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
    const due: { userId: string; periodEnd: string; mail?: Parameters<TDeps['mailer']['enqueue']>[1] }[] = [];
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
    if (due.length > 0) {
      const started = performance.now();
      const mails = due.flatMap((item) => (item.mail ? [item.mail] : []));
      await deps.db.transaction().execute(async (trx) => {
        await deps.mailer.enqueueAll(trx, mails);
        await markDigestsSent(
          trx,
          kind,
          due.map((item) => ({ userId: item.userId, through: item.periodEnd })),
        );
      });
      run.longestTransactionMs = Math.max(run.longestTransactionMs, performance.now() - started);
      run.mailed += mails.length;
    }
    await options.heartbeat?.();
  }
  if (run.mailed > 0) deps.mailer.kick();
  return run;
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
