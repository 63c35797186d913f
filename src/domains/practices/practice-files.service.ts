import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUpload } from '../../platform/file-checks.ts';
import { newId } from '../../platform/ids.ts';
import { FileStorage } from '../../platform/storage.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorize, can, type TPracticeActor } from './practices.policy.ts';
import {
  findPracticeBySlug,
  insertPracticeFile,
  insertUpload,
  listPracticeFiles,
} from './practices.repository.ts';

/**
 * Files attached to a practice (evaluations, reports, leaflets): checked by their bytes, not by their
 * name or the browser's word, kept under random names, served only as downloads.
 */
export const practiceFileTypes = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const practiceFileMaxBytes = 10 * 1024 * 1024;

export async function addPracticeFile(
  deps: TDeps,
  actor: TPracticeActor,
  slug: string,
  file: { name: string; bytes: Uint8Array },
  title: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice) throw new AppError('not_found');
  authorize(actor, 'edit', practice);
  if (file.bytes.byteLength > practiceFileMaxBytes) {
    throw new AppError('validation_failed', { fieldErrors: { file: 'practices.errors.fileTooLarge' } });
  }
  const verdict = checkUpload(file.bytes, file.name, practiceFileTypes);
  if (!verdict.isAccepted) {
    throw new AppError('validation_failed', {
      fieldErrors: { file: `practices.errors.file_${verdict.reason}` },
    });
  }
  const cleanTitle = (title.trim() || file.name).slice(0, 200);
  const stored = await FileStorage.forDataDir(deps.config.dataDir).save(file.bytes);
  const at = deps.clock.now().toISOString();
  const uploadId = newId(Date.parse(at));
  await deps.db.transaction().execute(async (trx) => {
    await insertUpload(trx, {
      id: uploadId,
      storageKey: stored.key,
      originalName: file.name.slice(0, 200),
      contentType: verdict.contentType,
      byteSize: stored.byteSize,
      sha256: stored.sha256,
      at,
      createdBy: actor.userId,
    });
    await insertPracticeFile(trx, { practiceId: practice.id, uploadId, title: cleanTitle, at });
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'practices.file_added',
      subjectType: 'practice',
      subjectId: practice.id,
      details: { slug, uploadId, type: verdict.type, bytes: stored.byteSize },
      requestId: options.requestId,
      at,
    });
  });
}

export async function readPracticeFile(deps: TDeps, actor: TPracticeActor, slug: string, uploadId: string) {
  const practice = await findPracticeBySlug(deps.db, slug);
  if (!practice || !can(actor, 'view', practice)) throw new AppError('not_found');
  const file = (await listPracticeFiles(deps.db, practice.id)).find((f) => f.uploadId === uploadId);
  if (!file) throw new AppError('not_found');
  const bytes = await FileStorage.forDataDir(deps.config.dataDir).read(file.storageKey);
  if (!bytes) throw new AppError('not_found');
  return { bytes, contentType: file.contentType, name: file.originalName };
}
