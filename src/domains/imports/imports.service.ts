import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { addRecommendation, createEvent, saveOutcome } from '../events/index.ts';
import { createArticle } from '../news/index.ts';
import { createPractice, practiceKinds } from '../practices/index.ts';
import { extractDocument } from './extract/extract-document.ts';
import { eventInputOf, newsInputOf, outcomeInputOf, practiceInputOf } from './import-drafts.ts';
import { readLookups } from './import-lookups.ts';
import { findRecordMatches, type TRecordMatch } from './import-matches.ts';
import { authorize, canListImports } from './imports.policy.ts';
import type { TImport, TImportSummary } from './imports.record.ts';
import {
  findImport,
  findSimilarImports,
  insertImport,
  listImports,
  updateImportAtVersion,
} from './imports.repository.ts';
import {
  importLimits,
  isImportKind,
  type TDecision,
  type TImportKind,
  type TImportStatus,
  type TProposedField,
  type TSourceKind,
  ZPastedDocument,
} from './imports.schemas.ts';

/**
 * Imports: a document becomes text, the text becomes proposed fields, a curator reviews them field by
 * field and makes a draft of the chosen kind through that kind's own service (authorise → validate →
 * transaction → audit there). Nothing is published here (docs/adr/0067).
 */
export type { TImport, TImportSummary };

export type TMeta = { requestId?: string | null };

export type TSourceFile = { key: string; name: string; type: string; sha256: string };

/** Reads the text's fields and saves the import, waiting for a curator. */
export async function importText(
  deps: TDeps,
  actor: TActor,
  input: { text: string; sourceKind: TSourceKind; titleHint?: string | null; file?: TSourceFile | null },
  meta: TMeta = {},
): Promise<TImport> {
  authorize(actor, 'create');
  // A member imports for their organisation: the import, and the draft it becomes, belong to it.
  const organizationId = isCurator(actor) ? null : (writerOrganizationIds(actor)[0] ?? null);
  const text = input.text.slice(0, importLimits.text);
  const fields = extractDocument(text, await readLookups(deps), input.titleHint);
  const proposed = (name: string) => fields.find((f) => f.field === name)?.value;
  const kindValue = proposed('kind') ?? 'news';
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  await deps.db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      id,
      status: 'waiting',
      source_kind: input.sourceKind,
      file_name: input.file?.name ?? null,
      file_key: input.file?.key ?? null,
      file_type: input.file?.type ?? null,
      file_sha256: input.file?.sha256 ?? null,
      text,
      language: proposed('language') ?? 'und',
      kind: isImportKind(kindValue) ? kindValue : 'news',
      title: (proposed('title') ?? input.file?.name ?? '').slice(0, 300),
      fields: JSON.stringify(fields),
      organization_id: organizationId,
      record_type: null,
      record_slug: null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await audit(
      trx,
      { actorId: actor.userId, requestId: meta.requestId, at },
      'imports.created',
      { type: 'document_import', id },
      { source: input.sourceKind, fields: fields.length, ...(input.file ? { file: input.file.name } : {}) },
    );
  });
  return savedImport(deps, id);
}

/** Pasted text (the form's "text" and an optional name). */
export function importPasted(deps: TDeps, actor: TActor, raw: unknown, meta: TMeta = {}): Promise<TImport> {
  authorize(actor, 'create');
  const input = parseOrThrow(ZPastedDocument, raw);
  return importText(deps, actor, { text: input.text, sourceKind: 'paste', titleHint: null }, meta);
}

export async function readImports(
  deps: TDeps,
  actor: TActor,
  status: TImportStatus | null,
): Promise<TImportSummary[]> {
  if (!canListImports(actor)) authorize(actor, 'create');
  return listImports(deps.db, status, isCurator(actor) ? null : writerOrganizationIds(actor));
}

export async function readImport(
  deps: TDeps,
  actor: TActor,
  id: string,
  /** The reader's language, to look for records the import matches; null skips that look-up. */
  locale: string | null = null,
): Promise<{ item: TImport; similar: TImportSummary[]; matches: TRecordMatch[] }> {
  const item = await findImport(deps.db, id);
  if (!item) throw new AppError('not_found');
  authorize(actor, 'view', item);
  const similar = await findSimilarImports(deps.db, {
    sha256: item.fileSha256,
    title: item.title,
    exceptId: id,
    organizationIds: isCurator(actor) ? null : writerOrganizationIds(actor),
  });
  const matches = locale && item.status === 'waiting' ? await findRecordMatches(deps, item, locale) : [];
  return { item, similar, matches };
}

export type TReview = {
  kind: string;
  version: number;
  fields: ReadonlyArray<{ decision: string; value: string } | undefined>;
};

/** The proposed fields with the curator's decisions and edits applied (an edited value is accepted). */
export function applyReview(fields: readonly TProposedField[], review: TReview): TProposedField[] {
  return fields.map((field, i) => {
    const seen = review.fields[i];
    if (!seen) return field;
    const value = seen.value.trim().slice(0, importLimits.fieldValue);
    const decision: TDecision =
      seen.decision === 'dropped'
        ? 'dropped'
        : seen.decision === 'accepted' || value !== field.value
          ? 'accepted'
          : field.decision;
    return { ...field, value: value || field.value, decision };
  });
}

export async function loadWaiting(
  deps: TDeps,
  actor: TActor,
  id: string,
  action: 'review' | 'draft' | 'drop',
) {
  const item = await findImport(deps.db, id);
  if (!item) throw new AppError('not_found');
  authorize(actor, action, item);
  return item;
}

/** Saves the curator's decisions and chosen kind; the import keeps waiting. */
export async function reviewImport(
  deps: TDeps,
  actor: TActor,
  id: string,
  review: TReview,
  meta: TMeta = {},
): Promise<TImport> {
  const item = await loadWaiting(deps, actor, id, 'review');
  if (!isImportKind(review.kind))
    throw new AppError('validation_failed', { fieldErrors: { kind: 'validation.invalidChoice' } });
  const fields = applyReview(item.fields, review);
  const title = fields.find((f) => f.field === 'title' && f.decision !== 'dropped')?.value ?? item.title;
  await changeImport(deps, actor, meta, {
    id,
    version: review.version,
    changes: { kind: review.kind, title: title.slice(0, 300), fields: JSON.stringify(fields) },
    action: 'imports.reviewed',
    details: {
      kind: review.kind,
      accepted: fields.filter((f) => f.decision === 'accepted').length,
      dropped: fields.filter((f) => f.decision === 'dropped').length,
    },
  });
  return savedImport(deps, id);
}

export type TDraftMade = {
  recordType: 'practice' | 'event' | 'news';
  slug: string;
  isUpdate?: boolean;
  /** A conference-outcome document attached to an existing event's outcome. */
  isOutcome?: boolean;
};

async function makeRecord(deps: TDeps, actor: TActor, item: TImport, meta: TMeta): Promise<TDraftMade> {
  const kind: TImportKind = item.kind;
  const language =
    item.fields.find((f) => f.field === 'language' && f.decision === 'accepted')?.value ?? item.language;
  const options = { requestId: meta.requestId ?? null, note: null, organizationId: item.organizationId };
  if ((practiceKinds as readonly string[]).includes(kind)) {
    const practice = await createPractice(
      deps,
      actor,
      practiceInputOf(kind, language, item.fields, item.text),
      options,
    );
    return { recordType: 'practice', slug: practice.slug };
  }
  if (kind === 'news') {
    const article = await createArticle(deps, actor, newsInputOf(language, item.fields, item.text), options);
    return { recordType: 'news', slug: article.slug };
  }
  const event = await createEvent(deps, actor, eventInputOf(language, item.fields, item.text), options);
  if (kind === 'outcome') {
    const { outcome, recommendations } = outcomeInputOf(item.fields);
    await saveOutcome(deps, actor, event.slug, outcome, options);
    for (const r of recommendations)
      await addRecommendation(deps, actor, event.slug, { ...r, language }, options);
  }
  return { recordType: 'event', slug: event.slug };
}

/**
 * Saves the review, then makes a draft of the chosen kind with the accepted fields. A draft the kind's
 * own rules refuse (no country for a practice, no date for an event) leaves the import waiting with
 * the curator's decisions kept, and the refusal's messages shown on the review page.
 */
export async function draftFromImport(
  deps: TDeps,
  actor: TActor,
  id: string,
  review: TReview,
  meta: TMeta = {},
): Promise<{ item: TImport; draft: TDraftMade }> {
  await loadWaiting(deps, actor, id, 'draft');
  const reviewed = await reviewImport(deps, actor, id, review, meta);
  const draft = await makeRecord(deps, actor, reviewed, meta);
  await markDrafted(deps, actor, meta, reviewed, draft, 'imports.drafted', {
    kind: reviewed.kind,
    record: draft.recordType,
    slug: draft.slug,
  });
  return { item: await savedImport(deps, id), draft };
}

/** The import after the record it became is made or updated: drafted, and pointing at that record. */
export function markDrafted(
  deps: TDeps,
  actor: TActor,
  meta: TMeta,
  reviewed: TImport,
  draft: TDraftMade,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  return changeImport(deps, actor, meta, {
    id: reviewed.id,
    version: reviewed.version,
    changes: { status: 'drafted', record_type: draft.recordType, record_slug: draft.slug },
    action,
    details,
  });
}

export async function dropImport(deps: TDeps, actor: TActor, id: string, version: number, meta: TMeta = {}) {
  await loadWaiting(deps, actor, id, 'drop');
  await changeImport(deps, actor, meta, {
    id,
    version,
    changes: { status: 'dropped' },
    action: 'imports.dropped',
  });
}

/** One change of an import, saved only at the version its reader saw (else 'conflict'), audited with it. */
export async function changeImport(
  deps: TDeps,
  actor: TActor,
  meta: TMeta,
  change: {
    id: string;
    version: number;
    changes: Omit<Parameters<typeof updateImportAtVersion>[3], 'updated_at'>;
    action: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const { id, version, changes, action, details } = change;
  await auditedWrite(deps, actor, { requestId: meta.requestId }, async ({ trx, at, audit }) => {
    const ok = await updateImportAtVersion(trx, id, version, { ...changes, updated_at: at });
    if (!ok) throw new AppError('conflict');
    await audit(action, { type: 'document_import', id }, details);
  });
}

/** The import as a change left it (read after the change's transaction). */
export async function savedImport(deps: TDeps, id: string): Promise<TImport> {
  const item = await findImport(deps.db, id);
  if (!item) throw new AppError('internal');
  return item;
}
