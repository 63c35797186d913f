import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findRecommendations } from '../events/index.ts';
import { isPublicEventStatus, practiceFor } from './practice-read.service.ts';
import {
  deleteRecommendationLink,
  findRecommendationForLink,
  insertRecommendationLink,
  listLinkedRecommendations,
} from './practices.repository.ts';

/**
 * Practices that respond to event recommendations ("linkable from commitments and practices"): the
 * practice's editors search the recommendations of public events on the server and link the ones
 * the practice answers; links are audited and shown on both the practice and the outcome page.
 */
/** The linking page: what is linked now and, when the editor searched, the candidates. */
export async function readRecommendationLinks(
  deps: TDeps,
  actor: TActor,
  slug: string,
  query: { text: string; theme: string },
) {
  const practice = await practiceFor(deps, actor, slug, 'edit');
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

/**
 * Links a public event's recommendation to the practice, or unlinks it (audited either way). Linking one
 * already linked changes nothing; an unknown or non-public recommendation is refused, an absent link
 * is not found.
 */
export async function setRecommendationLink(
  deps: TDeps,
  actor: TActor,
  slug: string,
  recommendationId: string,
  isLinked: boolean,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await practiceFor(deps, actor, slug, 'edit');
  const subject = { type: 'practice', id: practice.id };
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    if (!isLinked) {
      if (!(await deleteRecommendationLink(trx, practice.id, recommendationId))) {
        throw new AppError('not_found');
      }
      await audit('practices.recommendation_unlinked', subject, { slug, recommendationId });
      return;
    }
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
    await audit('practices.recommendation_linked', subject, {
      slug,
      recommendationId,
      event: recommendation.eventSlug,
    });
  });
}
