import { createHash } from 'node:crypto';
import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { looksLikeHtml, looksLikeText, type TDocumentType } from '../../platform/document-text.ts';
import { AppError } from '../../platform/errors.ts';
import { detectType, isPdfEncrypted } from '../../platform/file-checks.ts';
import { checkUpload, readDocumentInSandbox } from '../../platform/sandbox.ts';
import { authorize } from './imports.policy.ts';
import type { TImport, TImportSummary } from './imports.record.ts';
import { findImportByFileSha } from './imports.repository.ts';
import { importLimits, type TSourceKind } from './imports.schemas.ts';
import { importText, type TMeta } from './imports.service.ts';

/**
 * A document brought in as a file (the upload form, `npm run documents:import`): checked by its bytes
 * (a PDF or DOCX as every upload is, in the sandbox; a web page or text by what it holds), read in the
 * sandbox, stored privately, then imported like pasted text. Every refusal says why in the curator's
 * language, and nothing half-made is kept.
 */
const refuse = (key: string) => new AppError('validation_failed', { fieldErrors: { document: key } });

const contentTypes: Record<TDocumentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

/** The kind of document the bytes are, or the refusal's message key. */
async function documentTypeOf(bytes: Uint8Array, fileName: string): Promise<TDocumentType> {
  const detected = detectType(bytes);
  if (detected === 'pdf' || detected === 'docx') {
    const verdict = await checkUpload(bytes, fileName, ['pdf', 'docx']);
    if (!verdict.isAccepted) {
      // A password-protected PDF cannot be checked; say so rather than suspect it of scripts.
      const isLocked = detected === 'pdf' && isPdfEncrypted(bytes);
      throw refuse(`imports.errors.${isLocked ? 'encrypted' : verdict.reason}`);
    }
    return detected;
  }
  if (detected !== null) throw refuse('imports.errors.unsupported');
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!looksLikeText(bytes)) throw refuse('imports.errors.unsupported');
  if (looksLikeHtml(bytes) || extension === 'html' || extension === 'htm') return 'html';
  if (['txt', 'md', 'text', ''].includes(extension)) return 'text';
  throw refuse('imports.errors.unsupported');
}

export async function importDocumentBytes(
  deps: TDeps,
  actor: TActor,
  bytes: Uint8Array,
  fileName: string,
  meta: TMeta = {},
): Promise<TImport> {
  authorize(actor, 'create');
  if (bytes.byteLength === 0) throw refuse('imports.errors.empty');
  if (bytes.byteLength > importLimits.fileBytes) throw refuse('imports.errors.tooLarge');
  const type = await documentTypeOf(bytes, fileName);
  const read = await readDocumentInSandbox(bytes, type);
  if (!read.isRead) throw refuse(`imports.errors.${read.reason}`);
  const stored = await deps.files.save(bytes);
  const sourceKind: TSourceKind = type;
  // A file stored but never named by a row (the import failing now) is swept later (ADR 0034).
  return importText(
    deps,
    actor,
    {
      text: read.text,
      sourceKind,
      titleHint: read.title,
      file: {
        key: stored.key,
        name: fileName.slice(0, 200),
        type: contentTypes[type],
        sha256: stored.sha256,
      },
    },
    meta,
  );
}

/**
 * The import these very bytes already became (same SHA-256), if any: a folder imported twice must not
 * queue the same document twice (`npm run documents:import` skips it and says which import it is).
 */
export async function findEarlierImportOf(
  deps: TDeps,
  actor: TActor,
  bytes: Uint8Array,
): Promise<TImportSummary | undefined> {
  authorize(actor, 'create');
  return findImportByFileSha(deps.db, createHash('sha256').update(bytes).digest('hex'));
}

/** An uploaded File from a form. */
export async function importUpload(deps: TDeps, actor: TActor, file: File | undefined, meta: TMeta = {}) {
  authorize(actor, 'create');
  if (!file) throw refuse('imports.errors.noFile');
  if (file.size > importLimits.fileBytes) throw refuse('imports.errors.tooLarge');
  return importDocumentBytes(deps, actor, new Uint8Array(await file.arrayBuffer()), file.name, meta);
}
