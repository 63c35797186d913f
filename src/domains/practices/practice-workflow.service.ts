import type { Updateable } from 'kysely';
import type { TActor } from '../../core/actor.ts';
import { changeRecord } from '../../core/record-changes.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { PracticesTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { removePracticeFromIndex, syncPracticeIndex } from './practice-indexing.ts';
import { listedFacetsOf, type TPractice } from './practice-record.ts';
import { authorize, type TPracticeAction } from './practices.policy.ts';
import { findPracticeBySlug, replaceFacets, updatePractice } from './practices.repository.ts';
import { ZReturnComment } from './practices.schemas.ts';

/**
 * The review workflow: draft → submitted → published | returned (with comments) → submitted …;
 * a curator may publish, unpublish, verify and feature. Each move is authorised by the policy,
 * made in one transaction with its audit entry, and then reflected in the search index.
 */
type TMove = {
  action: TPracticeAction;
  auditAction: string;
  patch: (practice: TPractice, at: string) => Updateable<PracticesTable>;
  details?: Record<string, unknown>;
};

async function move(
  deps: TDeps,
  actor: TActor,
  slug: string,
  step: TMove,
  requestId: string | null | undefined,
): Promise<TPractice> {
  const { current, saved } = await changeRecord(deps, actor, {
    slug,
    requestId,
    find: findPracticeBySlug,
    check: (practice) => authorize(actor, step.action, practice),
    save: (trx, practice, at) =>
      updatePractice(trx, practice.id, practice.version, {
        ...step.patch(practice, at),
        updated_at: at,
        version: practice.version + 1,
      }),
    alongside: async (trx, before, row) => {
      await replaceFacets(trx, row.id, listedFacetsOf(row));
      if (row.status === 'published') await syncPracticeIndex(deps, row, trx);
      else if (before.status === 'published') await removePracticeFromIndex(deps, row.id, trx);
    },
    audit: {
      action: step.auditAction,
      subjectType: 'practice',
      details: (before, row) => ({ slug: row.slug, from: before.status, to: row.status, ...step.details }),
    },
  });
  // The home page lists published and featured practices: its cached copies go, on every node.
  if (saved.status === 'published' || current.status === 'published') bumpContentVersion();
  return saved;
}

type TOptions = { requestId?: string | null };

/** Every move of the workflow: the policy action it needs, the audit action it leaves, the columns it sets. */
const moves = {
  submit: (): TMove => ({
    action: 'submit',
    auditAction: 'practices.submitted',
    patch: (_p, at) => ({ status: 'submitted', submitted_at: at }),
  }),
  publish: (): TMove => ({
    action: 'publish',
    auditAction: 'practices.published',
    patch: (p, at) => ({
      status: 'published',
      published_at: p.publishedAt ?? at,
      last_reviewed_at: at,
      review_comment: null,
    }),
  }),
  return: (comment: string): TMove => ({
    action: 'return',
    auditAction: 'practices.returned',
    patch: () => ({ status: 'returned', review_comment: comment }),
    details: { commentLength: comment.length },
  }),
  unpublish: (): TMove => ({
    action: 'unpublish',
    auditAction: 'practices.unpublished',
    patch: () => ({ status: 'unpublished', is_featured: 0 }),
  }),
  /** Verifying also counts as a review: the staleness marker starts again. */
  verify: (isVerified: boolean): TMove => ({
    action: 'verify',
    auditAction: isVerified ? 'practices.verified' : 'practices.unverified',
    patch: (_p, at) => ({ is_verified: isVerified ? 1 : 0, last_reviewed_at: at }),
  }),
  feature: (isFeatured: boolean): TMove => ({
    action: 'feature',
    auditAction: isFeatured ? 'practices.featured' : 'practices.unfeatured',
    patch: () => ({ is_featured: isFeatured ? 1 : 0 }),
  }),
  /** A curator confirms the record is still accurate: the last reviewed date becomes today. */
  review: (): TMove => ({
    action: 'verify',
    auditAction: 'practices.reviewed',
    patch: (_p, at) => ({ last_reviewed_at: at }),
  }),
};

export const submitPractice = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.submit(), o.requestId);

export const publishPractice = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.publish(), o.requestId);

export function returnPractice(deps: TDeps, actor: TActor, slug: string, raw: unknown, o: TOptions = {}) {
  const parsed = ZReturnComment.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', { fieldErrors: { comment: 'validation.required' } });
  }
  return move(deps, actor, slug, moves.return(parsed.data.comment), o.requestId);
}

export const unpublishPractice = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.unpublish(), o.requestId);

/** A curator marks the practice verified or featured ('verify', 'feature'), or takes the mark away. */
export function setPracticeMark(
  deps: TDeps,
  actor: TActor,
  slug: string,
  mark: 'verify' | 'feature',
  isOn: boolean,
  o: TOptions = {},
) {
  return move(deps, actor, slug, moves[mark](isOn), o.requestId);
}

export const markPracticeReviewed = (deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) =>
  move(deps, actor, slug, moves.review(), o.requestId);
