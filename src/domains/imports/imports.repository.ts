import type { Selectable } from 'kysely';
import { parseJson } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TImport, TImportSummary } from './imports.record.ts';
import type { TImportKind, TImportStatus, TProposedField, TSourceKind } from './imports.schemas.ts';

/** The imports domain's SQL: one row per document brought in. */

type TRow = Selectable<Database['document_imports']>;

function toImport(row: TRow): TImport {
  return {
    id: row.id,
    status: row.status as TImportStatus,
    sourceKind: row.source_kind as TSourceKind,
    fileName: row.file_name,
    fileKey: row.file_key,
    fileType: row.file_type,
    fileSha256: row.file_sha256,
    text: row.text,
    language: row.language,
    kind: row.kind as TImportKind,
    title: row.title,
    fields: parseJson<TProposedField[]>(row.fields, []),
    organizationId: row.organization_id,
    recordType: row.record_type,
    recordSlug: row.record_slug,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    isSourcePublic: Number(row.source_public) === 1,
  };
}

export async function insertImport(db: TDb, row: Omit<TRow, 'version' | 'source_public'>): Promise<void> {
  await db
    .insertInto('document_imports')
    .values({ ...row, version: 1 })
    .execute();
}

export async function findImport(db: TDb, id: string): Promise<TImport | undefined> {
  const row = await db.selectFrom('document_imports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toImport(row) : undefined;
}

/** The columns of an import's line in a list (no text, no fields). */
const SUMMARY_COLUMNS = [
  'id',
  'status',
  'source_kind',
  'file_name',
  'language',
  'kind',
  'title',
  'record_type',
  'record_slug',
  'created_at',
] as const;

function summaryOf(row: Pick<TRow, (typeof SUMMARY_COLUMNS)[number]>): TImportSummary {
  return {
    id: row.id,
    status: row.status as TImportStatus,
    sourceKind: row.source_kind as TSourceKind,
    fileName: row.file_name,
    language: row.language,
    kind: row.kind as TImportKind,
    title: row.title,
    recordType: row.record_type,
    recordSlug: row.record_slug,
    createdAt: row.created_at,
  };
}

/** The latest imports; of these organisations only, when `organizationIds` is given (a member's list). */
export async function listImports(
  db: TDb,
  status: TImportStatus | null,
  organizationIds: readonly string[] | null = null,
  limit = 100,
): Promise<TImportSummary[]> {
  if (organizationIds !== null && organizationIds.length === 0) return [];
  let query = db
    .selectFrom('document_imports')
    .select(SUMMARY_COLUMNS)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  if (status) query = query.where('status', '=', status);
  if (organizationIds !== null) query = query.where('organization_id', 'in', [...organizationIds]);
  const rows = await query.execute();
  return rows.map(summaryOf);
}

/** Imports of the same file (by its SHA-256) or with the same title: offered as the same document. */
export async function findSimilarImports(
  db: TDb,
  values: {
    sha256: string | null;
    title: string;
    exceptId: string;
    organizationIds?: readonly string[] | null;
  },
): Promise<TImportSummary[]> {
  const organizationIds = values.organizationIds ?? null;
  if (organizationIds !== null && organizationIds.length === 0) return [];
  let query = db
    .selectFrom('document_imports')
    .select(SUMMARY_COLUMNS)
    .where('id', '!=', values.exceptId)
    .where((eb) =>
      values.sha256
        ? eb.or([eb('file_sha256', '=', values.sha256), eb('title', '=', values.title)])
        : eb('title', '=', values.title),
    )
    .orderBy('created_at', 'desc')
    .limit(5);
  if (organizationIds !== null) query = query.where('organization_id', 'in', [...organizationIds]);
  const rows = await query.execute();
  return rows.map(summaryOf);
}

/** The latest import of a file with these bytes (its SHA-256), whatever became of it. */
export async function findImportByFileSha(db: TDb, sha256: string): Promise<TImportSummary | undefined> {
  const row = await db
    .selectFrom('document_imports')
    .select(SUMMARY_COLUMNS)
    .where('file_sha256', '=', sha256)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? summaryOf(row) : undefined;
}

/** Saves a changed import if it is still at `version`; false when someone saved it meanwhile. */
export async function updateImportAtVersion(
  db: TDb,
  id: string,
  version: number,
  changes: Partial<
    Pick<
      TRow,
      'status' | 'kind' | 'title' | 'fields' | 'record_type' | 'record_slug' | 'updated_at' | 'source_public'
    >
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('document_imports')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findReferencedImportFileKeys(db: TDb, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('document_imports')
    .select('file_key')
    .where('file_key', 'in', [...keys])
    .execute();
  return rows.map((r) => r.file_key).filter((k): k is string => k !== null);
}

/** The imports a record was made or updated from (its source documents), oldest first. */
export async function listImportsOfRecord(
  db: TDb,
  recordType: string,
  recordSlug: string,
): Promise<TImport[]> {
  const rows = await db
    .selectFrom('document_imports')
    .selectAll()
    .where('record_type', '=', recordType)
    .where('record_slug', '=', recordSlug)
    .where('status', '=', 'drafted')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toImport);
}
