import type { Updateable } from 'kysely';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { PracticesTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { removePracticeFromIndex, syncPracticeIndex } from './practice-indexing.ts';
import { facetsOf, type TPractice } from './practice-record.ts';
import { authorize, type TPracticeAction } from './practices.policy.ts';
import {
  findPracticeById,
  findPracticeBySlug,
  replaceFacets,
  updatePractice,
} from './practices.repository.ts';
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
  const current = await findPracticeBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  authorize(actor, step.action, current);
  const at = deps.clock.now().toISOString();
  const saved = await deps.db.transaction().execute(async (trx) => {
    const ok = await updatePractice(trx, current.id, current.version, {
      ...step.patch(current, at),
      updated_at: at,
      version: current.version + 1,
    });
    if (!ok) throw new AppError('conflict');
    const row = await findPracticeById(trx, current.id);
    if (!row) throw new AppError('internal');
    await replaceFacets(trx, row.id, facetsOf(row));
    if (row.status === 'published') await syncPracticeIndex(deps, row, trx);
    else if (current.status === 'published') await removePracticeFromIndex(deps, row.id, trx);
    await audit(
      trx,
      { actorId: actor.userId, requestId, at },
      step.auditAction,
      { type: 'practice', id: row.id },
      { slug: row.slug, from: current.status, to: row.status, ...step.details },
    );
    return row;
  });
  // The home page lists published and featured practices: its cached copies go, on every node.
  if (saved.status === 'published' || current.status === 'published') bumpContentVersion();
  return saved;
}

type TOptions = { requestId?: string | null };

export function submitPractice(deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) {
  return move(
    deps,
    actor,
    slug,
    {
      action: 'submit',
      auditAction: 'practices.submitted',
      patch: (_p, at) => ({ status: 'submitted', submitted_at: at }),
    },
    o.requestId,
  );
}

export function publishPractice(deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) {
  return move(
    deps,
    actor,
    slug,
    {
      action: 'publish',
      auditAction: 'practices.published',
      patch: (p, at) => ({
        status: 'published',
        published_at: p.publishedAt ?? at,
        last_reviewed_at: at,
        review_comment: null,
      }),
    },
    o.requestId,
  );
}

export function returnPractice(deps: TDeps, actor: TActor, slug: string, raw: unknown, o: TOptions = {}) {
  const parsed = ZReturnComment.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', { fieldErrors: { comment: 'validation.required' } });
  }
  const { comment } = parsed.data;
  return move(
    deps,
    actor,
    slug,
    {
      action: 'return',
      auditAction: 'practices.returned',
      patch: () => ({ status: 'returned', review_comment: comment }),
      details: { commentLength: comment.length },
    },
    o.requestId,
  );
}

export function unpublishPractice(deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) {
  return move(
    deps,
    actor,
    slug,
    {
      action: 'unpublish',
      auditAction: 'practices.unpublished',
      patch: () => ({ status: 'unpublished', is_featured: 0 }),
    },
    o.requestId,
  );
}

/** Verifying also counts as a review: the staleness marker starts again. */
export function setPracticeVerified(
  deps: TDeps,
  actor: TActor,
  slug: string,
  isVerified: boolean,
  o: TOptions = {},
) {
  return move(
    deps,
    actor,
    slug,
    {
      action: 'verify',
      auditAction: isVerified ? 'practices.verified' : 'practices.unverified',
      patch: (_p, at) => ({ is_verified: isVerified ? 1 : 0, last_reviewed_at: at }),
    },
    o.requestId,
  );
}

export function setPracticeFeatured(
  deps: TDeps,
  actor: TActor,
  slug: string,
  isFeatured: boolean,
  o: TOptions = {},
) {
  return move(
    deps,
    actor,
    slug,
    {
      action: 'feature',
      auditAction: isFeatured ? 'practices.featured' : 'practices.unfeatured',
      patch: () => ({ is_featured: isFeatured ? 1 : 0 }),
    },
    o.requestId,
  );
}

/** A curator confirms the record is still accurate: the last reviewed date becomes today. */
export function markPracticeReviewed(deps: TDeps, actor: TActor, slug: string, o: TOptions = {}) {
  return move(
    deps,
    actor,
    slug,
    { action: 'verify', auditAction: 'practices.reviewed', patch: (_p, at) => ({ last_reviewed_at: at }) },
    o.requestId,
  );
}
