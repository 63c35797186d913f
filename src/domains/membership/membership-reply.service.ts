import { auditedWrite } from '../../core/audited-write.ts';
import { insertUpload } from '../../core/uploads.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { reencodeImage } from '../../platform/image-reencode.ts';
import { checkUpload } from '../../platform/sandbox.ts';
import { changeApplicationStatus, insertReply, insertReplyFile } from './membership.repository.ts';
import { applicationLimits, applicationTransitions } from './membership.schemas.ts';
import { authorizeApplicantStep, mailApplicationStep, type TApplicantStep } from './membership.service.ts';

/**
 * The applicant's reply to a request for more information (issue 16, item 8): a message and up to
 * three added files, each an upload of its own (the letter and its file stay as they were), checked
 * by their bytes in the sandbox like every upload (type from the bytes, extension agreeing, no active
 * content), pictures drawn again. Sending the reply sends the application back to the secretariat:
 * audited, the applicant told, the reviewers told by mail as for a first submission.
 */
export const replyFileTypes = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const replyFileMaxBytes = 10 * 1024 * 1024;
export const replyFilesMax = 3;
/** What the file input offers (the server decides from the bytes, not from this). */
export const replyFileAccept = '.pdf,.docx,.png,.jpg,.jpeg,.webp';

const fileErrorKeys = {
  mismatch: 'membership.errors.replyFileMismatch',
  unsupported: 'membership.errors.replyFileType',
  active_content: 'membership.errors.replyFileActiveContent',
  empty: 'membership.errors.replyFileEmpty',
} as const;

export type TReplyOutcome = { outcome: 'sent' } | { outcome: 'invalid'; fieldErrors: Record<string, string> };

type TCheckedFile = { name: string; bytes: Uint8Array; contentType: string };

/** A file's name as shown and offered for download: no path, no control characters, 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = [...base].filter((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127).join('');
  return clean.trim().slice(0, 200) || 'file';
}

/** Checks every chosen file; all of them, or the message key of the first refusal. */
async function checkReplyFiles(files: readonly File[]): Promise<TCheckedFile[] | string> {
  if (files.length > replyFilesMax) return 'membership.errors.replyTooManyFiles';
  if (files.some((f) => f.size > replyFileMaxBytes)) return 'membership.errors.replyFileTooLarge';
  const checked: TCheckedFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const verdict = await checkUpload(bytes, file.name, replyFileTypes);
    if (!verdict.isAccepted) return fileErrorKeys[verdict.reason];
    const isPicture = verdict.type === 'png' || verdict.type === 'jpeg' || verdict.type === 'webp';
    const served = isPicture ? await reencodeImage(bytes, verdict.type as 'png' | 'jpeg' | 'webp') : bytes;
    if (!served) return 'membership.errors.replyFileUnreadable';
    checked.push({
      name: cleanName(file.name),
      bytes: new Uint8Array(served),
      contentType: verdict.contentType,
    });
  }
  return checked;
}

/** The reply's text as kept: line breaks normalised, trimmed. */
export function replyText(raw: string | undefined): string {
  return (raw ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Sends the applicant's reply and the application back to the secretariat. Bad input comes back as
 * field errors (every one at once: the message and the files), nothing saved.
 */
export async function sendReply(
  deps: TDeps,
  input: TApplicantStep & { message: string; files: readonly File[] },
): Promise<TReplyOutcome> {
  const { actor, application } = input;
  authorizeApplicantStep('editApplication', input);
  if (application.status !== 'information_requested') throw new AppError('conflict');
  const files = input.files.filter((f) => f.size > 0);
  const fieldErrors: Record<string, string> = {};
  const message = replyText(input.message);
  if (message.length > applicationLimits.message) fieldErrors.message = 'membership.errors.replyTooLong';
  if (message === '' && files.length === 0) fieldErrors.message = 'membership.errors.replyEmpty';
  const checked = await checkReplyFiles(files);
  if (typeof checked === 'string') fieldErrors.files = checked;
  else if (Object.keys(fieldErrors).length > 0 && files.length > 0)
    fieldErrors.files = 'membership.errors.replyFilesAgain';
  if (typeof checked === 'string' || Object.keys(fieldErrors).length > 0) {
    return { outcome: 'invalid', fieldErrors };
  }

  const now = deps.clock.now();
  const at = now.toISOString();
  const stored: { key: string; byteSize: number; sha256: string; file: TCheckedFile }[] = [];
  try {
    for (const file of checked) stored.push({ ...(await deps.files.save(file.bytes)), file });
    await auditedWrite(deps, actor, { ...input.meta, at }, async ({ trx, audit }) => {
      const replyId = newId(now.getTime());
      await insertReply(trx, {
        id: replyId,
        applicationId: application.id,
        question: application.informationRequest ?? '',
        body: message,
        at,
      });
      for (const [position, saved] of stored.entries()) {
        const uploadId = newId(now.getTime());
        await insertUpload(trx, {
          id: uploadId,
          storageKey: saved.key,
          purpose: 'application_reply',
          originalName: saved.file.name,
          contentType: saved.file.contentType,
          byteSize: saved.byteSize,
          sha256: saved.sha256,
          createdAt: at,
          createdBy: actor.userId,
        });
        await insertReplyFile(trx, { uploadId, replyId, position });
      }
      const isChanged = await changeApplicationStatus(trx, {
        id: application.id,
        version: input.version,
        from: applicationTransitions.resubmit.from,
        to: applicationTransitions.resubmit.to,
        at,
      });
      if (!isChanged) throw new AppError('conflict');
      const subject = { type: 'membership_application', id: application.id };
      await audit('membership.reply_sent', subject, {
        reference: application.reference,
        replyId,
        files: stored.length,
      });
      await audit('membership.application_resubmitted', subject, {
        reference: application.reference,
        from: application.status,
        to: applicationTransitions.resubmit.to,
      });
      await mailApplicationStep(deps, trx, application, {
        applicant: 'resubmitted',
        reviewers: 'repliedApplication',
        version: input.version + 1,
        files: stored.length,
      });
    });
  } catch (error) {
    for (const saved of stored) await deps.files.remove(saved.key);
    throw error;
  }
  deps.mailer.kick();
  return { outcome: 'sent' };
}
