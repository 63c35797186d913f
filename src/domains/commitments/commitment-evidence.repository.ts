import type { TDb } from '../../platform/db/database.ts';
import type { TEvidenceFile } from './commitments.record.ts';

/** Evidence files of progress reports: rows of `uploads` (purpose commitment_evidence) linked to a report. */

export async function insertEvidenceFile(
  db: TDb,
  file: {
    uploadId: string;
    reportId: string;
    commitmentId: string;
    position: number;
    storageKey: string;
    name: string;
    contentType: string;
    byteSize: number;
    sha256: string;
    createdBy: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('uploads')
    .values({
      id: file.uploadId,
      storage_key: file.storageKey,
      purpose: 'commitment_evidence',
      original_name: file.name,
      content_type: file.contentType,
      byte_size: file.byteSize,
      sha256: file.sha256,
      created_at: file.at,
      created_by: file.createdBy,
    })
    .execute();
  await db
    .insertInto('commitment_report_files')
    .values({
      report_id: file.reportId,
      upload_id: file.uploadId,
      commitment_id: file.commitmentId,
      position: file.position,
      added_at: file.at,
    })
    .execute();
}

/** Every evidence file of a commitment, by report, in the order they were attached. */
export async function listEvidenceFiles(db: TDb, commitmentId: string): Promise<TEvidenceFile[]> {
  const rows = await db
    .selectFrom('commitment_report_files')
    .innerJoin('uploads', 'uploads.id', 'commitment_report_files.upload_id')
    .select([
      'commitment_report_files.report_id as reportId',
      'uploads.id as uploadId',
      'uploads.storage_key as storageKey',
      'uploads.original_name as name',
      'uploads.content_type as contentType',
      'uploads.byte_size as byteSize',
    ])
    .where('commitment_report_files.commitment_id', '=', commitmentId)
    .orderBy('commitment_report_files.report_id')
    .orderBy('commitment_report_files.position')
    .execute();
  return rows.map((r) => ({ ...r, byteSize: Number(r.byteSize) }));
}

export async function findEvidenceFile(
  db: TDb,
  commitmentId: string,
  uploadId: string,
): Promise<TEvidenceFile | undefined> {
  return (await listEvidenceFiles(db, commitmentId)).find((f) => f.uploadId === uploadId);
}
