import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { reencodeImage } from '../../platform/image-reencode.ts';
import { checkUpload } from '../../platform/sandbox.ts';
import type { TStoredPostFile } from './post-files.repository.ts';

/**
 * Files attached to a thread's first post or a reply (docs/adr/0059), through the hub's one upload
 * pipeline: the bytes checked in the sandbox (type from the bytes, the name's extension agreeing,
 * no active content — scripts in PDFs, macros in Word files; SVG and HTML are not taken), pictures
 * drawn again so what is served is never what was uploaded, saved in the file store under a random
 * key. Readers download them only where they may read the thread.
 */
export const postFileTypes = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const postFileMaxBytes = 10 * 1024 * 1024;
export const postFilesMax = 3;
/** What the file input offers (the server decides from the bytes, not from this). */
export const postFileAccept = '.pdf,.docx,.png,.jpg,.jpeg,.webp';

export type TIncomingFile = { name: string; bytes: Uint8Array };

const refuse = (key: string): never => {
  throw new AppError('validation_failed', { fieldErrors: { files: key } });
};

/** Reads the chosen files of a form (none is fine); too many or too large are refused before reading. */
export async function incomingFiles(files: readonly File[] | undefined): Promise<TIncomingFile[]> {
  const chosen = (files ?? []).filter((f) => f.size > 0);
  if (chosen.length > postFilesMax) refuse('communities.errors.tooManyFiles');
  if (chosen.some((f) => f.size > postFileMaxBytes)) refuse('communities.errors.fileTooLarge');
  return Promise.all(
    chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

/**
 * Checks every file and saves those that pass; refuses the lot (saving nothing) when one fails. The
 * caller writes the rows in its transaction and calls `discard` when that throws.
 */
export async function checkAndSavePostFiles(
  deps: Pick<TDeps, 'files'>,
  files: readonly TIncomingFile[],
): Promise<TStoredPostFile[]> {
  if (files.length > postFilesMax) refuse('communities.errors.tooManyFiles');
  const ready: { name: string; bytes: Uint8Array; contentType: string }[] = [];
  for (const file of files) {
    if (file.bytes.byteLength > postFileMaxBytes) refuse('communities.errors.fileTooLarge');
    const verdict = await checkUpload(file.bytes, file.name, postFileTypes);
    if (!verdict.isAccepted) refuse(`communities.errors.file_${verdict.reason}`);
    else {
      const isPicture = verdict.type === 'png' || verdict.type === 'jpeg' || verdict.type === 'webp';
      const bytes = isPicture
        ? await reencodeImage(file.bytes, verdict.type as 'png' | 'jpeg' | 'webp')
        : file.bytes;
      if (!bytes) refuse('communities.errors.file_unreadable');
      else ready.push({ name: cleanName(file.name), bytes, contentType: verdict.contentType });
    }
  }
  const stored: TStoredPostFile[] = [];
  try {
    for (const file of ready) {
      const saved = await deps.files.save(file.bytes);
      stored.push({ ...saved, name: file.name, contentType: file.contentType });
    }
  } catch (error) {
    await discardPostFiles(deps, stored);
    throw error;
  }
  return stored;
}

/** Removes saved files whose rows were never written (the post's transaction failed). */
export async function discardPostFiles(deps: Pick<TDeps, 'files'>, stored: readonly { key: string }[]) {
  for (const file of stored) await deps.files.remove(file.key);
}

/** A file's name as shown and offered for download: no path, no control characters, 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'file').slice(0, 200);
}
