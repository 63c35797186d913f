import type { TExecutor } from './records.ts';

/** A stored file as the uploads table keeps it: where its bytes are, what it is and who sent it when. */
export type TUpload = {
  id: string;
  storageKey: string;
  /** What it was uploaded for ("application_letter", "campaign_material"…). */
  purpose: string;
  originalName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  createdAt: string;
  createdBy: string | null;
};

/** The one place that writes the uploads table; call it in the transaction that links the file to its record. */
export async function insertUpload(executor: TExecutor, upload: TUpload): Promise<void> {
  await executor
    .insertInto('uploads')
    .values({
      id: upload.id,
      storage_key: upload.storageKey,
      purpose: upload.purpose,
      original_name: upload.originalName,
      content_type: upload.contentType,
      byte_size: upload.byteSize,
      sha256: upload.sha256,
      created_at: upload.createdAt,
      created_by: upload.createdBy,
    })
    .execute();
}
