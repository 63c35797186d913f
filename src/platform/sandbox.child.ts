/**
 * The child process behind `sandbox.ts`: runs one task at a time on bytes from the hub and answers.
 * It holds no database handle and no secret; the parent kills it when a task runs too long.
 */
import { readDocumentText, type TDocumentType } from './document-text.ts';
import { inspectUpload, type TDetectedType } from './file-checks.ts';

export type TSandboxTask =
  | { op: 'inspect'; bytes: Uint8Array; fileName: string; accepted: readonly TDetectedType[] }
  | { op: 'rasterise-svg'; bytes: Uint8Array; maxSide: number; density: number }
  | { op: 'read-document'; bytes: Uint8Array; type: TDocumentType };

export type TSandboxRequest = { id: number; task: TSandboxTask };
export type TSandboxReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };

async function run(task: TSandboxTask): Promise<unknown> {
  if (task.op === 'inspect') return inspectUpload(task.bytes, task.fileName, task.accepted);
  if (task.op === 'read-document') return readDocumentText(task.bytes, task.type);
  const { default: sharp } = await import('sharp');
  // One libvips thread: a drawing in here never takes more than one core.
  sharp.concurrency(1);
  sharp.cache(false);
  const { data, info } = await sharp(task.bytes, { limitInputPixels: 40_000_000, density: task.density })
    .resize({ width: task.maxSide, height: task.maxSide, fit: 'inside', withoutEnlargement: true })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

process.on('message', (message: TSandboxRequest) => {
  run(message.task).then(
    (value) => process.send?.({ id: message.id, ok: true, value } satisfies TSandboxReply),
    (error: unknown) =>
      process.send?.({ id: message.id, ok: false, error: String((error as Error)?.message ?? error) }),
  );
});
process.on('disconnect', () => process.exit(0));
// Loaded: from now on the parent's clock for each task runs.
process.send?.({ id: 0, ok: true, value: 'ready' } satisfies TSandboxReply);
