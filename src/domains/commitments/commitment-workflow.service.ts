import type { Transaction, Updateable } from 'kysely';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { changeRecord } from '../../core/record-changes.ts';
import type { TDeps } from '../../deps.ts';
import type { CommitmentsTable, Database } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrganizationById } from '../organizations/index.ts';
import { forgetDashboardFigures } from './commitment-dashboard.service.ts';
import { syncCommitmentIndex } from './commitment-indexing.ts';
import { composeReviewMail, composeSubmittedMail } from './commitments.mail.ts';
import { authorize, type TCommitmentAction } from './commitments.policy.ts';
import type { TCommitment } from './commitments.record.ts';
import {
  answerMakerInvitation,
  countDimensions,
  countReports,
  findCommitmentBySlug,
  listDeliverables,
  listMakers,
  listOrganizationWriters,
  listReviewers,
  replaceFacets,
  setReportsPublished,
  updateCommitment,
} from './commitments.repository.ts';
import { ZReturnComment, ZWithdrawal } from './commitments.schemas.ts';
import { gapsOf } from './commitments.service.ts';

/**
 * The secretariat's review: draft → submitted → published | returned (with a comment) → submitted …
 * Submitting needs a complete (SMART) commitment. Each move is authorised, made in one transaction
 * with its audit entry (and the makers' e-mail), then reflected in the search index and dashboard.
 */
type TOptions = { requestId?: string | null };

type TMove = {
  action: TCommitmentAction;
  auditAction: string;
  patch: (c: TCommitment, at: string) => Updateable<CommitmentsTable>;
  mail?: { kind: 'published' | 'returned'; comment?: string };
  /** Tell the secretariat's reviewers that the commitment waits for them. */
  isMailToReviewers?: boolean;
  details?: Record<string, unknown>;
};

async function move(
  deps: TDeps,
  actor: TActor,
  slug: string,
  step: TMove,
  o: TOptions,
): Promise<TCommitment> {
  const { current, saved } = await changeRecord(deps, actor, {
    slug,
    requestId: o.requestId,
    find: findCommitmentBySlug,
    check: async (commitment) => {
      authorize(actor, step.action, { ...commitment, makers: await listMakers(deps.db, commitment.id) });
      if (step.action !== 'submit') return;
      if (gapsOf(commitment, await listDeliverables(deps.db, commitment.id)).length > 0) {
        throw new AppError('validation_failed', { fieldErrors: { _form: 'commitments.errors.incomplete' } });
      }
    },
    save: (trx, commitment, at) =>
      updateCommitment(trx, commitment.id, commitment.version, {
        ...step.patch(commitment, at),
        updated_at: at,
      }),
    alongside: (trx, before, row) => followMove(deps, trx, before, row, step),
    audit: {
      action: step.auditAction,
      subjectType: 'commitment',
      details: (before, row) => ({ slug: row.slug, from: before.status, to: row.status, ...step.details }),
    },
  });
  deps.mailer.kick();
  if (saved.status === 'published' || current.status === 'published') forgetDashboardFigures();
  return saved;
}

/** What a move changes besides the commitment, in its transaction: facets, counters, mail, the index. */
async function followMove(
  deps: TDeps,
  trx: Transaction<Database>,
  current: TCommitment,
  row: TCommitment,
  step: TMove,
): Promise<void> {
  await replaceFacets(trx, row);
  await countDimensions(trx, current, -1);
  await countDimensions(trx, row, 1);
  const isPublished = row.status === 'published';
  if (isPublished !== (current.status === 'published')) {
    await setReportsPublished(trx, row.id, isPublished);
    await countReports(trx, current, -1);
    await countReports(trx, row, 1);
  }
  if (step.isMailToReviewers) {
    const lead = await findOrganizationById(trx, row.leadOrganizationId);
    for (const person of await listReviewers(trx)) {
      const link = `${deps.config.publicUrl}/${person.locale || 'en'}/commitments/${encodeURIComponent(row.slug)}`;
      await deps.mailer.enqueue(
        trx,
        composeSubmittedMail(
          person,
          { title: row.title, organization: lead?.name ?? '', link },
          `commitments:submitted:${row.id}:${row.version}:${person.userId}`,
        ),
      );
    }
  }
  if (step.mail) {
    for (const person of await listOrganizationWriters(trx, [row.leadOrganizationId])) {
      const link = `${deps.config.publicUrl}/${person.locale}/commitments/${encodeURIComponent(row.slug)}`;
      await deps.mailer.enqueue(
        trx,
        composeReviewMail(
          step.mail.kind,
          person,
          { title: row.title, link, ...(step.mail.comment ? { comment: step.mail.comment } : {}) },
          `commitments:${step.mail.kind}:${row.id}:${row.version}:${person.userId}`,
        ),
      );
    }
  }
  if (row.status === 'published' || current.status === 'published') {
    const lead = await findOrganizationById(trx, row.leadOrganizationId);
    await syncCommitmentIndex(deps.search, row, lead?.name ?? '', trx);
  }
}

/** Every move of the review: the policy action it needs, the audit action it leaves, what it sets and tells. */
const moves = {
  submit: (): TMove => ({
    action: 'submit',
    auditAction: 'commitments.submitted',
    patch: (_c, at) => ({ status: 'submitted', submitted_at: at }),
    isMailToReviewers: true,
  }),
  publish: (): TMove => ({
    action: 'publish',
    auditAction: 'commitments.published',
    patch: (c, at) => ({
      status: 'published',
      published_at: c.publishedAt ?? at,
      review_comment: null,
      withdrawn_at: null,
      withdrawal_reason: null,
      withdrawn_by: null,
    }),
    mail: { kind: 'published' },
  }),
  return: (comment: string): TMove => ({
    action: 'return',
    auditAction: 'commitments.returned',
    patch: () => ({ status: 'returned', review_comment: comment }),
    mail: { kind: 'returned', comment },
    details: { commentLength: comment.length },
  }),
  withdraw: (reason: string, by: string | null, isBySecretariat: boolean): TMove => ({
    action: isBySecretariat ? 'unpublish' : 'withdraw',
    auditAction: isBySecretariat ? 'commitments.unpublished' : 'commitments.withdrawn',
    patch: (_c, at) => ({
      status: 'withdrawn',
      withdrawn_at: at,
      withdrawal_reason: reason,
      withdrawn_by: by,
    }),
    details: { reasonLength: reason.length },
  }),
};

export const submitCommitment = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.submit(), o);

export const publishCommitment = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.publish(), o);

export function returnCommitment(deps: TDeps, actor: TActor, slug: string, raw: unknown, o: TOptions = {}) {
  const parsed = ZReturnComment.safeParse(raw);
  if (!parsed.success)
    throw new AppError('validation_failed', { fieldErrors: { comment: 'validation.required' } });
  return move(deps, actor, slug, moves.return(parsed.data.comment), o);
}

/**
 * Takes a published commitment off the public record, with a reason: its lead's owners and editors
 * "withdraw" it, the secretariat "unpublishes" it. Either way it leaves listings, the dashboard, feeds
 * and the search index, and its makers see why on its page.
 */
export function withdrawCommitment(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  o: TOptions & { bySecretariat: boolean },
) {
  const parsed = ZWithdrawal.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.message.startsWith('validation.') ? issue.message : 'validation.required';
    throw new AppError('validation_failed', { fieldErrors: { reason: key } });
  }
  return move(deps, actor, slug, moves.withdraw(parsed.data.reason, actor.userId, o.bySecretariat), o);
}

/** A co-maker's owner or editor confirms (or declines) taking part. */
export async function answerInvitation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  answer: { organizationId: string; isConfirmed: boolean },
  o: TOptions = {},
): Promise<void> {
  const current = await findCommitmentBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  const makers = await listMakers(deps.db, current.id);
  authorize(actor, 'respond', { ...current, makers });
  const maker = makers.find((m) => m.organizationId === answer.organizationId && m.role === 'co_maker');
  const role = actor.organizationRoles.get(answer.organizationId) ?? '';
  if (maker?.status !== 'pending' || !['owner', 'editor'].includes(role) || !actor.userId) {
    throw new AppError('forbidden');
  }
  const userId = actor.userId;
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const ok = await answerMakerInvitation(trx, {
      commitmentId: current.id,
      organizationId: answer.organizationId,
      status: answer.isConfirmed ? 'confirmed' : 'declined',
      userId,
      at,
    });
    if (!ok) throw new AppError('conflict');
    await audit(
      trx,
      { actorId: userId, requestId: o.requestId, at },
      answer.isConfirmed ? 'commitments.maker_confirmed' : 'commitments.maker_declined',
      { type: 'commitment', id: current.id },
      { slug: current.slug, organizationId: answer.organizationId },
    );
  });
  if (current.status === 'published') forgetDashboardFigures();
}
