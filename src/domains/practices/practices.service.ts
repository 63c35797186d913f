import type { TActor } from '../../core/actor.ts';
import { organizationIdsOf } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { uniqueSlug } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { syncPracticeIndex } from './practice-indexing.ts';
import {
  contentColumns,
  contentOf,
  listedFacetsOf,
  type TPractice,
  type TPracticeContent,
} from './practice-record.ts';
import { authorize } from './practices.policy.ts';
import {
  findPracticeById,
  findPracticeBySlug,
  insertPractice,
  insertRevision,
  isSlugTaken,
  replaceFacets,
  updatePractice,
} from './practices.repository.ts';
import { type TTranslation, ZPracticeInput, ZTranslation } from './practices.schemas.ts';

/**
 * Writing practices: create a draft, edit, add a translation. Every saved version becomes a revision;
 * every change is audited in the same transaction. Workflow moves are in practice-workflow.service.ts.
 */
export type TWriteOptions = {
  requestId?: string | null;
  organizationId?: string | null;
  note?: string | null;
};

/** Validates with the shared schema; throws validation_failed with one message key per field. */
export function parsePracticeInput(raw: unknown) {
  return parseOrThrow(ZPracticeInput, raw);
}

/** A free slug from the title (or the one asked for), suffixed -2, -3 … when taken. */
export function chooseSlug(trx: TDb, wanted: string): Promise<string> {
  return uniqueSlug(wanted, (slug) => isSlugTaken(trx, slug), { fallback: 'practice' });
}

export async function writeRevision(
  trx: TDb,
  practice: { id: string; version: number },
  content: TPracticeContent,
  actorId: string | null,
  at: string,
  note: string | null,
): Promise<void> {
  await insertRevision(trx, {
    id: newId(Date.parse(at)),
    practiceId: practice.id,
    version: practice.version,
    snapshot: JSON.stringify(contentOf(content)),
    note,
    actorId,
    at,
  });
}

export async function createPractice(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<TPractice> {
  authorize(actor, 'create');
  const input = parsePracticeInput(raw);
  const organizationId =
    options.organizationId && actor.organizationRoles.has(options.organizationId)
      ? options.organizationId
      : (organizationIdsOf(actor)[0] ?? null);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  const practice = await deps.db.transaction().execute(async (trx) => {
    const slug = await chooseSlug(trx, input.slug ?? input.title);
    await insertPractice(trx, {
      id,
      slug,
      status: 'draft',
      ...contentColumns(input),
      organization_id: organizationId,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await writeRevision(trx, { id, version: 1 }, input, actor.userId, at, options.note ?? null);
    const created = await findPracticeById(trx, id);
    if (!created) throw new AppError('internal');
    await replaceFacets(trx, id, listedFacetsOf(created));
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'practices.created',
      { type: 'practice', id },
      { slug, kind: input.kind, language: input.language },
    );
    return created;
  });
  return practice;
}

export async function updatePracticeContent(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions & { expectedVersion?: number } = {},
): Promise<TPractice> {
  const current = await findPracticeBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  authorize(actor, 'edit', current);
  const input = parsePracticeInput(raw);
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw new AppError('conflict');
  }
  const at = deps.clock.now().toISOString();
  const version = current.version + 1;
  const updated = await deps.db.transaction().execute(async (trx) => {
    const ok = await updatePractice(trx, current.id, current.version, {
      ...contentColumns({ ...input, translations: { ...current.translations, ...input.translations } }),
      updated_at: at,
      version,
    });
    if (!ok) throw new AppError('conflict');
    await writeRevision(trx, { id: current.id, version }, input, actor.userId, at, options.note ?? null);
    const saved = await findPracticeById(trx, current.id);
    if (!saved) throw new AppError('internal');
    await replaceFacets(trx, saved.id, listedFacetsOf(saved));
    if (saved.status === 'published') await syncPracticeIndex(deps, saved, trx);
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'practices.updated',
      { type: 'practice', id: saved.id },
      { slug, version, changed: changedFields(current, saved) },
    );
    return saved;
  });
  if (updated.status === 'published') bumpContentVersion();
  return updated;
}

/**
 * Adds or replaces the translation of the text fields into one language. The original language's
 * own text cannot be "translated": that would overwrite the original.
 */
export async function savePracticeTranslation(
  deps: TDeps,
  actor: TActor,
  slug: string,
  language: string,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<TPractice> {
  const current = await findPracticeBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  authorize(actor, 'translate', current);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(language) || language === current.language) {
    throw new AppError('validation_failed', {
      fieldErrors: { language: 'practices.errors.translationLanguage' },
    });
  }
  const parsed = ZTranslation.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '_form');
    throw new AppError('validation_failed', { fieldErrors: { [field]: 'validation.tooLong' } });
  }
  const translation: TTranslation = parsed.data;
  const translations = { ...current.translations };
  const isEmpty = Object.values(translation).every((v) => v === '');
  if (isEmpty) delete translations[language];
  else translations[language] = translation;
  return writeTranslations(deps, actor, current, translations, options);
}

/** Only the translations change; the original's fields stay as they are, whatever the status. */
async function writeTranslations(
  deps: TDeps,
  actor: TActor,
  current: TPractice,
  translations: TPractice['translations'],
  options: TWriteOptions,
): Promise<TPractice> {
  const at = deps.clock.now().toISOString();
  const version = current.version + 1;
  const saved = await deps.db.transaction().execute(async (trx) => {
    const ok = await updatePractice(trx, current.id, current.version, {
      translations: JSON.stringify(translations),
      updated_at: at,
      version,
    });
    if (!ok) throw new AppError('conflict');
    await writeRevision(
      trx,
      { id: current.id, version },
      { ...current, translations },
      actor.userId,
      at,
      null,
    );
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'practices.translated',
      { type: 'practice', id: current.id },
      { slug: current.slug, languages: Object.keys(translations) },
    );
    const row = await findPracticeById(trx, current.id);
    if (!row) throw new AppError('internal');
    if (row.status === 'published') await syncPracticeIndex(deps, row, trx);
    return row;
  });
  if (saved.status === 'published') bumpContentVersion();
  return saved;
}

export function changedFields(before: TPracticeContent, after: TPracticeContent): string[] {
  const a = contentOf(before);
  const b = contentOf(after);
  return (Object.keys(a) as (keyof TPracticeContent)[]).filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}
