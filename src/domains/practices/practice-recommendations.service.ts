import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findRecommendations } from '../events/index.ts';
import { isPublicEventStatus } from './practice-read.service.ts';
import { authorize, can } from './practices.policy.ts';
import {
  deleteRecommendationLink,
  findPracticeBySlug,
  findRecommendationForLink,
  insertRecommendationLink,
  listLinkedRecommendations,
} from './practices.repository.ts';

/**
 * Practices that respond to event recommendations ("linkable from commitments and practices"): the
 * practice's editors search the recommendations of public events on the server and link the ones
 * the practice answers; links are audited and shown on both the practice and the outcome page.
 */
async function editablePractice(deps: TDeps, actor: TActor, slug: string) {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice || !can(actor, 'view', practice)) throw new AppError('not_found');
  authorize(actor, 'edit', practice);
  return practice;
}

/** The linking page: what is linked now and, when the editor searched, the candidates. */
export async function readRecommendationLinks(
  deps: TDeps,
  actor: TActor,
  slug: string,
  query: { text: string; theme: string },
) {
  const practice = await editablePractice(deps, actor, slug);
  const linked = await listLinkedRecommendations(deps.db, practice.id);
  const linkedIds = new Set(linked.map((r) => r.id));
  const hasQuery = query.text.trim() !== '' || query.theme !== '';
  const candidates = hasQuery
    ? (await findRecommendations(deps, { text: query.text, theme: query.theme })).filter(
        (r) => !linkedIds.has(r.id),
      )
    : [];
  return { practice, linked, candidates, hasQuery };
}

export async function linkRecommendation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  recommendationId: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await editablePractice(deps, actor, slug);
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const recommendation = await findRecommendationForLink(trx, recommendationId);
    if (!recommendation || !isPublicEventStatus(recommendation.eventStatus)) {
      throw new AppError('validation_failed', {
        fieldErrors: { recommendation: 'practices.recommendations.unknown' },
      });
    }
    const isNew = await insertRecommendationLink(trx, {
      practiceId: practice.id,
      recommendationId,
      actorId: actor.userId,
      at,
    });
    if (!isNew) return;
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'practices.recommendation_linked',
      { type: 'practice', id: practice.id },
      { slug, recommendationId, event: recommendation.eventSlug },
    );
  });
}

export async function unlinkRecommendation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  recommendationId: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await editablePractice(deps, actor, slug);
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteRecommendationLink(trx, practice.id, recommendationId))) {
      throw new AppError('not_found');
    }
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'practices.recommendation_unlinked',
      { type: 'practice', id: practice.id },
      { slug, recommendationId },
    );
  });
}
