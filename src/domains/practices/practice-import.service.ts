import { setImmediate } from 'node:timers/promises';
import { type Insertable, sql } from 'kysely';
import { audit, auditMany } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { TDb } from '../../platform/db/database.ts';
import { dialectOf } from '../../platform/db/dialect-of.ts';
import type { PracticesTable } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { TSearchIndex } from '../../platform/search/search-index.ts';
import {
  contentOfInput,
  inputOfRecord,
  preparePracticeRows,
  slugOfRecord,
  type TImportRecord,
} from './practice-import-lines.ts';
import { practiceSearchDocument, practiceSearchText, searchDocumentOf } from './practice-indexing.ts';
import {
  contentColumns,
  listedFacetsOf,
  type TContentColumns,
  type TPractice,
  type TPracticeContent,
} from './practice-record.ts';
import {
  findPracticeById,
  findPracticeBySlug,
  insertPractice,
  insertPractices,
  insertRevisions,
  listTakenSlugs,
  replaceFacets,
  updatePractice,
} from './practices.repository.ts';
import type { TPracticeInput } from './practices.schemas.ts';
import { writeRevision } from './practices.service.ts';

export {
  checkImportLines,
  checkPracticeLine,
  createLineChecker,
  preparePracticeSearch,
  type TCheckedRecord,
  type TImportProblem,
  type TLineCheck,
  type TPreparedSearch,
} from './practice-import-lines.ts';

/**
 * Bulk import for migrations (and the demo and the benchmarks): records in the API's shape, checked
 * all first (practice-import-lines.ts), then loaded published at once — run by an operator, so no
 * review step. Idempotent by slug: a record whose slug exists replaces that practice's content (a new
 * revision), nothing else.
 */
export type TImportResult = { created: number; updated: number };

/**
 * Loads checked records, a chunk per transaction, each published, indexed and audited. With `stepSize`,
 * a chunk's new practices are written that many at a time and the writer lets the event loop run between
 * steps (the file import's reader then keeps its worker threads busy while a chunk is written: ADR 0128).
 */
export async function importPractices(
  deps: Pick<TDeps, 'db' | 'search' | 'clock'>,
  records: readonly TImportRecord[],
  options: {
    actorId?: string | null;
    chunkSize?: number;
    stepSize?: number;
    requestId?: string | null;
  } = {},
): Promise<TImportResult> {
  const result: TImportResult = { created: 0, updated: 0 };
  const chunkSize = options.chunkSize ?? 100;
  for (let start = 0; start < records.length; start += chunkSize) {
    const chunk = records.slice(start, start + chunkSize);
    await deps.db.transaction().execute(async (trx) => {
      await withoutWaitingForTheDisk(trx);
      const taken = new Set(await listTakenSlugs(trx, chunk.map(slugOfRecord)));
      // New practices are written together, a statement per table; existing ones one by one.
      const fresh = chunk.filter((r) => !taken.has(slugOfRecord(r)));
      const step = options.stepSize ?? Math.max(1, fresh.length);
      const at = deps.clock.now().toISOString();
      for (let from = 0; from < fresh.length; from += step) {
        if (from > 0) await setImmediate();
        await savePublishedRecords(trx, deps.search, fresh.slice(from, from + step), {
          at,
          actorId: options.actorId ?? null,
          requestId: options.requestId ?? null,
        });
      }
      result.created += fresh.length;
      for (const record of chunk) {
        if (!taken.has(slugOfRecord(record))) continue;
        const isUpdate = await savePublishedRecord(trx, deps.search, inputOfRecord(record), {
          at: deps.clock.now().toISOString(),
          actorId: options.actorId ?? null,
          requestId: options.requestId ?? null,
        });
        if (isUpdate) result.updated += 1;
        else result.created += 1;
      }
    });
  }
  // Published practices changed: the home page's cached copies go, on every node.
  if (records.length > 0) bumpContentVersion();
  return result;
}

/**
 * On PostgreSQL a chunk's commit does not wait for its WAL to reach the disk (ADR 0127): a server crash may
 * lose the last chunks committed (well under a second), never part of one, and the import, idempotent by
 * slug, loads them again when run again. Nothing else the hub writes changes: the setting is the
 * transaction's own.
 */
async function withoutWaitingForTheDisk(trx: TDb): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
}

/**
 * Writes one record as a published practice inside the caller's transaction (new, or replacing the
 * content of the practice with that slug), with its revision, facets, index entry and audit entry.
 * Returns true when it updated an existing practice.
 */
export async function savePublishedRecord(
  trx: TDb,
  search: TSearchIndex,
  input: TPracticeInput & { slug: string },
  options: {
    at: string;
    actorId: string | null;
    requestId: string | null;
    organizationId?: string | null;
    isFeatured?: boolean;
    /** The caller already knows no practice has this slug (the bulk import looks them up per chunk). */
    isKnownNew?: boolean;
  },
): Promise<boolean> {
  const { at, actorId } = options;
  const { slug, ...content } = input;
  const existing = options.isKnownNew ? undefined : await findPracticeBySlug(trx, slug);
  let saved: TPractice | undefined;
  if (existing) {
    const version = existing.version + 1;
    const ok = await updatePractice(trx, existing.id, existing.version, {
      ...contentColumns(content as TPracticeContent),
      status: 'published',
      published_at: existing.publishedAt ?? at,
      last_reviewed_at: at,
      updated_at: at,
      version,
      ...(options.isFeatured !== undefined ? { is_featured: options.isFeatured ? 1 : 0 } : {}),
    });
    if (!ok) throw new AppError('conflict');
    await writeRevision(trx, { id: existing.id, version }, content, actorId, at, 'import');
    saved = await findPracticeById(trx, existing.id);
  } else {
    saved = newPublishedPractice(input, options);
    await insertPractice(
      trx,
      practiceRow(
        {
          id: saved.id,
          slug,
          organizationId: saved.organizationId,
          isFeatured: saved.isFeatured,
          createdBy: actorId,
          at,
        },
        contentColumns(content as TPracticeContent),
      ),
    );
    await writeRevision(trx, { id: saved.id, version: 1 }, content, actorId, at, 'import');
  }
  if (!saved) throw new AppError('internal');
  const { id } = saved;
  await replaceFacets(trx, id, listedFacetsOf(saved));
  await search.upsertDocument(practiceSearchDocument(saved), { db: trx });
  await audit(
    trx,
    { actorId, requestId: options.requestId, at },
    'practices.imported',
    { type: 'practice', id },
    { slug, isUpdate: existing !== undefined },
  );
  return existing !== undefined;
}

/**
 * Writes records whose slugs no practice has as new published practices, inside the caller's
 * transaction: the same rows as `savePublishedRecord` for each (practice, facets, revision, index
 * entry, audit entry), written with a statement per table for the whole batch. What the content alone
 * decides comes prepared from the import's workers (`rows`, `search`) or is computed here.
 */
export async function savePublishedRecords(
  trx: TDb,
  search: TSearchIndex,
  records: readonly TImportRecord[],
  options: { at: string; actorId: string | null; requestId: string | null },
): Promise<void> {
  if (records.length === 0) return;
  const { at, actorId } = options;
  const practices = records.map((r) => ({
    id: newId(Date.parse(at)),
    slug: slugOfRecord(r),
    rows: 'rows' in r ? r.rows : preparePracticeRows(r.input),
    text: 'search' in r ? r.search.text : practiceSearchText(contentOfInput(r.input)),
  }));
  await insertPractices(
    trx,
    practices.map((p) =>
      practiceRow(
        { id: p.id, slug: p.slug, organizationId: null, isFeatured: false, createdBy: actorId, at },
        p.rows.columns,
      ),
    ),
    practices.map((p) => ({ practiceId: p.id, facets: p.rows.facets })),
  );
  await insertRevisions(
    trx,
    practices.map((p) => ({
      id: newId(Date.parse(at)),
      practiceId: p.id,
      version: 1,
      snapshot: p.rows.snapshot,
      note: 'import',
      actorId,
      at,
    })),
  );
  await search.upsertDocuments(
    practices.map((p) =>
      searchDocumentOf({ id: p.id, slug: p.slug, publishedAt: at }, p.rows.facets, p.text),
    ),
    { db: trx, analyses: records.map((r) => ('search' in r ? r.search.analysis : undefined)) },
  );
  await auditMany(
    trx,
    { actorId, requestId: options.requestId, at },
    'practices.imported',
    practices.map((p) => ({
      subject: { type: 'practice', id: p.id },
      details: { slug: p.slug, isUpdate: false },
    })),
  );
}

/** A new practice as an import publishes it: version 1, published and reviewed at once. */
function newPublishedPractice(
  input: TPracticeInput & { slug: string },
  options: { at: string; actorId: string | null; organizationId?: string | null; isFeatured?: boolean },
): TPractice {
  const { slug, ...content } = input;
  const { at } = options;
  return {
    ...content,
    id: newId(Date.parse(at)),
    slug,
    status: 'published',
    isVerified: false,
    isFeatured: options.isFeatured ?? false,
    lastReviewedAt: at,
    reviewComment: null,
    organizationId: options.organizationId ?? null,
    createdBy: options.actorId,
    submittedAt: null,
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The row of a new published practice: its content's columns, published and reviewed at `at`. */
function practiceRow(
  practice: {
    id: string;
    slug: string;
    organizationId: string | null;
    isFeatured: boolean;
    createdBy: string | null;
    at: string;
  },
  columns: TContentColumns,
): Insertable<PracticesTable> {
  const { at } = practice;
  return {
    id: practice.id,
    slug: practice.slug,
    status: 'published',
    ...columns,
    organization_id: practice.organizationId,
    is_featured: practice.isFeatured ? 1 : 0,
    created_by: practice.createdBy,
    published_at: at,
    last_reviewed_at: at,
    created_at: at,
    updated_at: at,
    version: 1,
  };
}
