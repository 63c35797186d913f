import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import {
  addRecommendation,
  eventInputOfEvent,
  listRecommendations,
  readEvent,
  saveOutcome,
  updateEvent,
} from '../events/index.ts';
import { articleInputOf, readArticle, updateArticle } from '../news/index.ts';
import { readPractice, updatePracticeContent } from '../practices/index.ts';
import { eventInputOf, newsInputOf, outcomeInputOf, practiceInputOf } from './import-drafts.ts';
import { recordTypeOfKind, titleSimilarity } from './import-matches.ts';
import { mergedEventInput, mergedNewsInput, mergedOutcome, mergedPracticeInput } from './import-updates.ts';
import type { TImport } from './imports.record.ts';

import {
  loadWaiting,
  markDrafted,
  reviewImport,
  savedImport,
  type TDraftMade,
  type TMeta,
  type TReview,
} from './imports.service.ts';

/** "practice:slug" from the review form's choice of what the document becomes; null for a new record. */
export function parseTarget(value: string): { recordType: TDraftMade['recordType']; slug: string } | null {
  const match = /^(practice|event|news):(.{1,200})$/.exec(value);
  if (!match?.[1] || !match[2]) return null;
  return { recordType: match[1] as TDraftMade['recordType'], slug: match[2] };
}

/**
 * Saves the review, then applies the accepted fields to an existing record instead of making a new one
 * (the curator chose "update this record" among the matches). The record's own service authorises,
 * validates, keeps the earlier version and audits; the import records which record it updated.
 */
export async function updateRecordFromImport(
  deps: TDeps,
  actor: TActor,
  id: string,
  review: TReview,
  target: { recordType: TDraftMade['recordType']; slug: string },
  meta: TMeta = {},
): Promise<{ item: TImport; draft: TDraftMade }> {
  await loadWaiting(deps, actor, id, 'draft');
  const reviewed = await reviewImport(deps, actor, id, review, meta);
  if (recordTypeOfKind(reviewed.kind) !== target.recordType)
    throw new AppError('validation_failed', { fieldErrors: { target: 'imports.errors.updateKind' } });
  const note = (reviewed.fileName ?? reviewed.title).slice(0, 200);
  const options = { requestId: meta.requestId ?? null, note };
  const accepted = (name: string) =>
    reviewed.fields.some((f) => f.field === name && f.decision === 'accepted');
  let slug: string;
  const isOutcome = target.recordType === 'event' && reviewed.kind === 'outcome';
  if (isOutcome) {
    slug = await attachOutcome(deps, actor, target.slug, reviewed, options);
  } else if (target.recordType === 'practice') {
    const current = await readPractice(deps, actor, target.slug);
    const imported = practiceInputOf(reviewed.kind, current.language, reviewed.fields, reviewed.text);
    await updatePracticeContent(deps, actor, target.slug, mergedPracticeInput(current, imported), {
      ...options,
      expectedVersion: current.version,
    });
    slug = current.slug;
  } else if (target.recordType === 'event') {
    const current = await readEvent(deps, actor, target.slug);
    const imported = eventInputOf(current.language, reviewed.fields, reviewed.text);
    const merged = mergedEventInput(eventInputOfEvent(current), imported, accepted('eventStart'));
    slug = (
      await updateEvent(deps, actor, target.slug, merged, { ...options, expectedVersion: current.version })
    ).slug;
  } else {
    const current = await readArticle(deps, actor, target.slug);
    const imported = newsInputOf(current.language, reviewed.fields, reviewed.text);
    const merged = mergedNewsInput(articleInputOf(current), imported);
    slug = (
      await updateArticle(deps, actor, target.slug, merged, { ...options, expectedVersion: current.version })
    ).slug;
  }
  const draft: TDraftMade = {
    recordType: target.recordType,
    slug,
    isUpdate: true,
    ...(isOutcome ? { isOutcome: true } : {}),
  };
  await markDrafted(deps, actor, meta, reviewed, draft, 'imports.record_updated', {
    kind: reviewed.kind,
    record: draft.recordType,
    slug: draft.slug,
    ...(isOutcome ? { outcome: true } : {}),
  });
  return { item: await savedImport(deps, id), draft };
}

/**
 * A conference-outcome document attached to an event the hub holds (the curator chose "attach as the
 * outcome of" among the matches): the event's own fields stay as they are; its outcome gains the
 * document's axes and recommendations (mergedOutcome), through the events service, which authorises,
 * validates, audits and indexes each step.
 */
async function attachOutcome(
  deps: TDeps,
  actor: TActor,
  slug: string,
  reviewed: TImport,
  options: { requestId: string | null },
): Promise<string> {
  const event = await readEvent(deps, actor, slug);
  const language = event.language;
  const similarity = (a: string, b: string) =>
    titleSimilarity({ title: a, language: reviewed.language }, { title: b, language });
  const merged = mergedOutcome(
    event.outcome,
    await listRecommendations(deps.db, event.id),
    outcomeInputOf(reviewed.fields),
    similarity,
  );
  await saveOutcome(deps, actor, event.slug, merged.outcome, options);
  for (const r of merged.recommendations)
    await addRecommendation(deps, actor, event.slug, { ...r, language: reviewed.language }, options);
  return event.slug;
}
