import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { reencodeImage } from '../../platform/image-reencode.ts';
import { checkUpload } from '../../platform/sandbox.ts';
import { practiceFor } from './practice-read.service.ts';
import {
  deletePracticeFile,
  insertPracticeFile,
  insertUpload,
  listPracticeFiles,
} from './practices.repository.ts';

/**
 * Files attached to a practice (evaluations, reports, leaflets): checked by their bytes, not by their
 * name or the browser's word, images re-encoded (so what we serve is never the uploaded bytes), kept
 * under random names, served only as downloads; editors can remove them again.
 */
export const practiceFileTypes = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const practiceFileMaxBytes = 10 * 1024 * 1024;
/** The longest title a file keeps (longer ones are cut). */
export const practiceFileTitleMax = 200;

async function reencodedOrRefused(bytes: Uint8Array, type: 'png' | 'jpeg' | 'webp'): Promise<Buffer> {
  const encoded = await reencodeImage(bytes, type);
  if (!encoded)
    throw new AppError('validation_failed', { fieldErrors: { file: 'practices.errors.file_unreadable' } });
  return encoded;
}

/**
 * A file as a practice keeps it: checked by its bytes, an image drawn again (what is served is never the
 * uploaded bytes), its title cut to length. The upload form and the demo's pictures both come through here.
 */
export async function preparePracticeFile(
  file: { name: string; bytes: Uint8Array },
  title: string,
): Promise<{ kept: Uint8Array; contentType: string; type: string; title: string }> {
  if (file.bytes.byteLength > practiceFileMaxBytes) {
    throw new AppError('validation_failed', { fieldErrors: { file: 'practices.errors.fileTooLarge' } });
  }
  const verdict = await checkUpload(file.bytes, file.name, practiceFileTypes);
  if (!verdict.isAccepted) {
    throw new AppError('validation_failed', {
      fieldErrors: { file: `practices.errors.file_${verdict.reason}` },
    });
  }
  const kept =
    verdict.type === 'png' || verdict.type === 'jpeg' || verdict.type === 'webp'
      ? await reencodedOrRefused(file.bytes, verdict.type)
      : file.bytes;
  return {
    kept,
    contentType: verdict.contentType,
    type: verdict.type,
    title: (title.trim() || file.name).slice(0, practiceFileTitleMax),
  };
}

export async function addPracticeFile(
  deps: TDeps,
  actor: TActor,
  slug: string,
  file: { name: string; bytes: Uint8Array },
  title: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await practiceFor(deps, actor, slug, 'edit');
  const { kept, contentType, type, title: cleanTitle } = await preparePracticeFile(file, title);
  const storage = deps.files;
  const stored = await storage.save(kept);
  const at = deps.clock.now().toISOString();
  const uploadId = newId(Date.parse(at));
  try {
    await auditedWrite(deps, actor, { ...options, at }, async ({ trx, audit }) => {
      await insertUpload(trx, {
        id: uploadId,
        storageKey: stored.key,
        originalName: file.name.slice(0, 200),
        contentType,
        byteSize: stored.byteSize,
        sha256: stored.sha256,
        at,
        createdBy: actor.userId,
      });
      await insertPracticeFile(trx, { practiceId: practice.id, uploadId, title: cleanTitle, at });
      await audit(
        'practices.file_added',
        { type: 'practice', id: practice.id },
        { slug, uploadId, type, bytes: stored.byteSize },
      );
    });
  } catch (error) {
    await storage.remove(stored.key);
    throw error;
  }
}

/**
 * Removes a file from a practice: the link and the upload row go in one audited transaction, the
 * stored object right after it commits (a crash in between leaves an unreferenced object behind,
 * never a link to a missing file).
 */
export async function removePracticeFile(
  deps: TDeps,
  actor: TActor,
  slug: string,
  uploadId: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const practice = await practiceFor(deps, actor, slug, 'edit');
  const removed = await auditedWrite(deps, actor, options, async ({ trx, audit }) => {
    const file = await deletePracticeFile(trx, practice.id, uploadId);
    if (!file) throw new AppError('not_found');
    await audit(
      'practices.file_removed',
      { type: 'practice', id: practice.id },
      { slug, uploadId, title: file.title },
    );
    return file;
  });
  await deps.files.remove(removed.storageKey);
}

/** The files of a practice for the page where its editors manage them. */
export async function readPracticeFilesForEditing(deps: TDeps, actor: TActor, slug: string) {
  const practice = await practiceFor(deps, actor, slug, 'edit');
  return { practice, files: await listPracticeFiles(deps.db, practice.id) };
}

export async function readPracticeFile(deps: TDeps, actor: TActor, slug: string, uploadId: string) {
  const practice = await practiceFor(deps, actor, slug, 'view');
  const file = (await listPracticeFiles(deps.db, practice.id)).find((f) => f.uploadId === uploadId);
  if (!file) throw new AppError('not_found');
  const bytes = await deps.files.read(file.storageKey);
  if (!bytes) throw new AppError('not_found');
  return { bytes, contentType: file.contentType, name: file.originalName };
}
