import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { fieldErrorsOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { eventResourceFor } from './event-audience.ts';
import { syncEventIndex } from './event-indexing.ts';
import {
  deleteRecommendation,
  insertRecommendation,
  listRecommendations,
  listRespondingPractices,
  searchRecommendations,
} from './event-outcomes.repository.ts';
import { recommendationVerbs } from './event-vocabulary.ts';
import { authorize, resourceOf } from './events.policy.ts';
import type { TEvent, TOutcome, TRecommendation } from './events.record.ts';
import { findEventById, findEventBySlug, updateEventRow } from './events.repository.ts';
import { ZOutcomeInput, ZRecommendationInput } from './events.schemas.ts';

/**
 * An event's outcome: a summary, recordings and documents, and recommendations grouped by the axes
 * (themes) the event discussed — each a record with a verb, its text, themes and addressees, so they
 * can be searched, filtered and linked to from commitments and practices.
 */
function validationError(issues: Parameters<typeof fieldErrorsOf>[0]): AppError {
  return new AppError('validation_failed', { fieldErrors: fieldErrorsOf(issues) });
}

async function editable(deps: TDeps, actor: TActor, slug: string): Promise<TEvent> {
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  authorize(actor, 'editOutcome', resourceOf(event));
  return event;
}

export async function saveOutcome(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: { requestId?: string | null } = {},
): Promise<TEvent> {
  const event = await editable(deps, actor, slug);
  const parsed = ZOutcomeInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const outcome: TOutcome = parsed.data;
  const at = deps.clock.now().toISOString();
  const saved = await deps.db.transaction().execute(async (trx) => {
    const ok = await updateEventRow(trx, event.id, event.version, {
      outcome: JSON.stringify(outcome),
      updated_at: at,
      version: event.version + 1,
    });
    if (!ok) throw new AppError('conflict');
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'events.outcome_saved',
      { type: 'event', id: event.id },
      { slug, axes: outcome.axes.length },
    );
    const after = await findEventById(trx, event.id);
    if (!after) throw new AppError('internal');
    await syncEventIndex(deps, after, trx);
    return after;
  });
  return saved;
}

export async function addRecommendation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: { requestId?: string | null } = {},
): Promise<TRecommendation[]> {
  const event = await editable(deps, actor, slug);
  const parsed = ZRecommendationInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const axes = event.outcome?.axes ?? [];
  if (input.axis > Math.max(1, axes.length)) {
    throw new AppError('validation_failed', { fieldErrors: { axis: 'validation.invalidChoice' } });
  }
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  await deps.db.transaction().execute(async (trx) => {
    await insertRecommendation(trx, { id, eventId: event.id, ...input, at });
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'events.recommendation_added',
      { type: 'event', id: event.id },
      { recommendationId: id, axis: input.axis, verb: input.verb },
    );
    await syncEventIndex(deps, event, trx);
  });
  return listRecommendations(deps.db, event.id);
}

export async function removeRecommendation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  id: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const event = await editable(deps, actor, slug);
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteRecommendation(trx, event.id, id))) throw new AppError('not_found');
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'events.recommendation_removed',
      { type: 'event', id: event.id },
      { recommendationId: id },
    );
    await syncEventIndex(deps, event, trx);
  });
}

/**
 * The outcome page's data: the (visible) event, its recommendations grouped by axis, and the
 * published practices that respond to them.
 */
export async function readOutcome(deps: TDeps, actor: TActor, slug: string) {
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  authorize(actor, 'view', await eventResourceFor(deps, actor, event));
  const [recommendations, responding] = await Promise.all([
    listRecommendations(deps.db, event.id),
    listRespondingPractices(deps.db, event.id),
  ]);
  const axes = event.outcome?.axes ?? [];
  const groups = (axes.length > 0 ? axes : ['']).map((title, i) => ({
    number: i + 1,
    title,
    recommendations: recommendations.filter((r) => r.axis === i + 1),
  }));
  return { event, groups, recommendations, responding };
}

export async function findRecommendations(
  deps: TDeps,
  query: { text: string; theme?: string; verb?: string },
) {
  const verb =
    query.verb && (recommendationVerbs as readonly string[]).includes(query.verb) ? query.verb : undefined;
  return searchRecommendations(deps.db, {
    text: query.text.slice(0, 200),
    ...(query.theme ? { theme: query.theme.slice(0, 80) } : {}),
    ...(verb ? { verb } : {}),
    limit: 100,
  });
}
