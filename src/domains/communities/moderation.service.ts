import { z } from 'zod';
import type { TActor } from '../../core/actor.ts';
import type { TAuditSubject } from '../../core/audit.ts';
import { auditedWrite, type TWriteStep } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { communityPolicy, postPolicy } from './communities.policy.ts';
import type { TThread } from './communities.record.ts';
import {
  countOpenReports,
  deleteMember,
  findCommunityBySlug,
  findPost,
  findReport,
  findRole,
  findThread,
  hasOpenReportBy,
  insertModerationAct,
  insertReport,
  listNoticesFor,
  listOpenReports,
  moveThreadRows,
  resolveReports,
  setPostHidden,
  updateThreadRow,
} from './communities.repository.ts';
import {
  communityResourceOf,
  readCommunity,
  type TCommunityView,
  type TWriteOptions,
} from './communities.service.ts';
import { syncThreadIndex } from './thread-indexing.ts';
import { postResourceOf } from './threads.service.ts';
import { deleteWatchesIn } from './watching.repository.ts';

/**
 * Moderation: anyone who reads a post may report it with a reason; facilitators and the secretariat
 * work through the queue, hide posts, lock, hide or move threads and remove members. Every act is
 * audited and logged with its reason, which the person it concerns is shown.
 */
export const reportReasons = ['spam', 'abuse', 'off_topic', 'personal_data', 'other'] as const;

const ZReason = z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong');
const ZReport = z.object({
  reason: z.enum(reportReasons, { message: 'validation.invalidChoice' }),
  details: z.string().trim().max(1000, 'validation.tooLong').default(''),
});

async function loadForModeration(deps: TDeps, actor: TActor, slug: string, threadId: string) {
  const view = await readCommunity(deps, actor, slug);
  const thread = await findThread(deps.db, threadId);
  if (!thread || thread.communityId !== view.community.id) throw new AppError('not_found');
  return { view, thread };
}

/** What a moderator (or a facilitator's change) did to someone: the notice they are shown, with its reason. */
export type TModerationAct = {
  communityId: string;
  action: string;
  threadId?: string | null;
  postId?: string | null;
  /** The person it concerns. */
  subject: string | null;
  reason: string;
  by: string | null;
};

/** Logs the act in the write's transaction, for the person it concerns to read. */
export async function logModerationAct({ trx, at }: Pick<TWriteStep, 'trx' | 'at'>, act: TModerationAct) {
  await insertModerationAct(trx, {
    id: newId(Date.parse(at)),
    community_id: act.communityId,
    action: act.action,
    thread_id: act.threadId ?? null,
    post_id: act.postId ?? null,
    subject_user_id: act.subject,
    reason: act.reason,
    by: act.by,
    at,
  });
}

/** A moderator's act: logged with its reason and audited as "communities.<action>", in one transaction. */
async function recordAct(
  step: TWriteStep,
  act: TModerationAct,
  audited: TAuditSubject,
  details: Record<string, unknown>,
) {
  await logModerationAct(step, act);
  await step.audit(`communities.${act.action}`, audited, details);
}

/** The reason a moderator gives, which the person it concerns reads. */
const parseReason = (raw: unknown) => parseOrThrow(z.object({ reason: ZReason }), { reason: raw }).reason;

export async function reportPost(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  raw: unknown,
  options: TWriteOptions = {},
): Promise<void> {
  const { view, thread } = await loadForModeration(deps, actor, ids.slug, ids.threadId);
  const post = await findPost(deps.db, ids.postId);
  if (!post || post.threadId !== thread.id) throw new AppError('not_found');
  postPolicy.authorize(actor, 'read', postResourceOf(view, thread, null));
  postPolicy.authorize(actor, 'report', postResourceOf(view, thread, post));
  const input = parseOrThrow(ZReport, raw);
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    // Reporting twice is one report.
    if (await hasOpenReportBy(trx, post.id, actor.userId as string)) return;
    const id = newId(Date.parse(at));
    await insertReport(trx, {
      id,
      community_id: view.community.id,
      thread_id: thread.id,
      post_id: post.id,
      reporter_id: actor.userId,
      reason: input.reason,
      details: input.details,
      status: 'open',
      created_at: at,
      resolved_by: null,
      resolved_at: null,
    });
    const details = { reason: input.reason, report: id };
    await audit('communities.post_reported', { type: 'community_post', id: post.id }, details);
  });
}

/** The queue of open reports, for facilitators and the secretariat. */
export async function readModerationQueue(deps: TDeps, actor: TActor, slug: string) {
  const view = await readCommunity(deps, actor, slug, 'moderate');
  return { view, reports: await listOpenReports(deps.db, view.community.id) };
}

/** Hides a post (with the reason its author will read) or shows it again; open reports on it are closed. */
export async function setPostHiddenBy(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string; postId: string },
  reasonRaw: unknown,
  isHidden: boolean,
  options: TWriteOptions = {},
): Promise<void> {
  const { view, thread } = await loadForModeration(deps, actor, ids.slug, ids.threadId);
  const post = await findPost(deps.db, ids.postId);
  if (!post || post.threadId !== thread.id) throw new AppError('not_found');
  postPolicy.authorize(actor, 'moderate', postResourceOf(view, thread, post));
  const reason = parseReason(reasonRaw);
  await auditedWrite(deps, actor, options, async (step) => {
    await setPostHidden(step.trx, post.id, isHidden ? reason : null);
    if (isHidden) await resolveReports(step.trx, { postId: post.id }, 'resolved', actor.userId, step.at);
    await recordAct(
      step,
      {
        communityId: view.community.id,
        action: isHidden ? 'post_hidden' : 'post_shown',
        threadId: thread.id,
        postId: post.id,
        subject: post.authorId,
        reason,
        by: actor.userId,
      },
      { type: 'community_post', id: post.id },
      { reason, author: post.authorId },
    );
    await syncThreadIndex(deps, thread, step.trx, view.community);
  });
}

export async function dismissReport(
  deps: TDeps,
  actor: TActor,
  slug: string,
  reportId: string,
  options: TWriteOptions = {},
) {
  const view = await readCommunity(deps, actor, slug, 'moderate');
  const report = await findReport(deps.db, reportId);
  if (!report || report.community_id !== view.community.id) throw new AppError('not_found');
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    await resolveReports(trx, { reportId }, 'dismissed', actor.userId, at);
    const subject = { type: 'community_post', id: report.post_id };
    await audit('communities.report_dismissed', subject, { report: reportId });
  });
}

export const threadModerations = ['lock', 'unlock', 'hide', 'unhide'] as const;
export type TThreadModeration = (typeof threadModerations)[number];
const statusAfter: Record<TThreadModeration, TThread['status']> = {
  lock: 'locked',
  unlock: 'open',
  hide: 'hidden',
  unhide: 'open',
};

/** Locks, unlocks, hides or shows a thread again, with the reason its author will read. */
export async function moderateThread(
  deps: TDeps,
  actor: TActor,
  slug: string,
  threadId: string,
  what: TThreadModeration,
  reasonRaw: unknown,
  options: TWriteOptions = {},
): Promise<void> {
  const { view, thread } = await loadForModeration(deps, actor, slug, threadId);
  communityPolicy.authorize(actor, 'moderate', view.resource);
  const reason = parseReason(reasonRaw);
  const status = statusAfter[what];
  await auditedWrite(deps, actor, options, async (step) => {
    await updateThreadRow(step.trx, thread.id, { status });
    await recordAct(
      step,
      {
        communityId: view.community.id,
        action: `thread_${what}`,
        threadId: thread.id,
        subject: thread.authorId,
        reason,
        by: actor.userId,
      },
      { type: 'community_thread', id: thread.id },
      { reason, status },
    );
    await syncThreadIndex(deps, { ...thread, status }, step.trx, view.community);
  });
}

/** Moves a thread to another community the moderator also looks after. */
export async function moveThread(
  deps: TDeps,
  actor: TActor,
  slug: string,
  threadId: string,
  targetSlug: string,
  reasonRaw: unknown,
  options: TWriteOptions = {},
): Promise<string> {
  const { view, thread } = await loadForModeration(deps, actor, slug, threadId);
  communityPolicy.authorize(actor, 'moderate', view.resource);
  const reason = parseReason(reasonRaw);
  const target = await findCommunityBySlug(deps.db, targetSlug);
  const targetRole = target ? await findRole(deps.db, target.id, actor.userId) : null;
  if (
    !target ||
    target.id === view.community.id ||
    !communityPolicy.can(actor, 'moderate', communityResourceOf(target, targetRole))
  )
    throw new AppError('validation_failed', { fieldErrors: { target: 'communities.errors.moveTarget' } });
  await auditedWrite(deps, actor, options, async (step) => {
    await moveThreadRows(step.trx, thread.id, target.id);
    await recordAct(
      step,
      {
        communityId: target.id,
        action: 'thread_moved',
        threadId: thread.id,
        subject: thread.authorId,
        reason,
        by: actor.userId,
      },
      { type: 'community_thread', id: thread.id },
      { from: view.community.slug, to: target.slug, reason },
    );
    await syncThreadIndex(deps, { ...thread, communityId: target.id }, step.trx, target);
  });
  return target.slug;
}

/** Removes a member (not a facilitator) from the community, with the reason they will read. */
export async function removeMember(
  deps: TDeps,
  actor: TActor,
  slug: string,
  userId: string,
  reasonRaw: unknown,
  options: TWriteOptions = {},
): Promise<void> {
  const view = await readCommunity(deps, actor, slug, 'moderate');
  const reason = parseReason(reasonRaw);
  const role = await findRole(deps.db, view.community.id, userId);
  if (role !== 'member') throw new AppError('conflict');
  await auditedWrite(deps, actor, options, async (step) => {
    await deleteMember(step.trx, view.community.id, userId);
    await deleteWatchesIn(step.trx, userId, view.community.id);
    await recordAct(
      step,
      { communityId: view.community.id, action: 'member_removed', subject: userId, reason, by: actor.userId },
      { type: 'community', id: view.community.id },
      { userId, reason },
    );
  });
}

/** What moderators did about the asking person in this community, with their reasons. */
export async function readNotices(deps: TDeps, actor: TActor, view: TCommunityView) {
  if (!actor.userId) return [];
  return listNoticesFor(deps.db, view.community.id, actor.userId);
}

/** How many reports wait in the queue, for those who moderate (0 for everyone else). */
export async function readOpenReportCount(deps: TDeps, actor: TActor, view: TCommunityView): Promise<number> {
  if (!communityPolicy.can(actor, 'moderate', view.resource)) return 0;
  return countOpenReports(deps.db, view.community.id);
}
