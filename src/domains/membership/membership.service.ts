import { createHmac, randomInt } from 'node:crypto';
import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { insertUpload } from '../../core/uploads.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, newId } from '../../platform/ids.ts';
import { checkUpload } from '../../platform/sandbox.ts';
import { foldText, nameKey } from '../../platform/text.ts';
import {
  findMembersLike,
  missingOrganizationFields,
  organizationDataFrom,
  type TOrganizationData,
} from '../organizations/index.ts';
import {
  composeApplicantMail,
  composeReviewerMail,
  type TApplicantMailKind,
  type TReviewerMailKind,
} from './membership.mail.ts';
import { can } from './membership.policy.ts';
import type { TApplicationRecord, TUploadRecord } from './membership.record.ts';
import {
  changeApplicationStatus,
  findApplicationById,
  findApplicationByTokenHash,
  findEarlierApplications,
  findLetterFileVersion,
  findReplyFile,
  findUpload,
  insertApplication,
  insertLetterFileVersion,
  insertLetterVersion,
  isReferenceTaken,
  listApplicationsOfUser,
  listLetterFileVersions,
  listReplies,
  listSecretariatAddresses,
  type TApplicationContent,
  updateApplicationContent,
} from './membership.repository.ts';
import {
  applicationLimits,
  applicationTransitions,
  isEditableByApplicant,
  type TApplicationForm,
} from './membership.schemas.ts';

/**
 * The applicant's verbs: save a draft, submit, resubmit after a question, withdraw; and reading an
 * application by its secret link. Reviewers' verbs are in membership-review.service.ts.
 */
export type { TApplicationRecord };

export type TRequestMeta = { requestId: string | null };

/** The application's secret link key: an HMAC of its id under the installation secret (never stored). */
export function applicationKey(secret: string, applicationId: string): string {
  return createHmac('sha256', secret).update(`application:${applicationId}`).digest('base64url');
}

export function applicantLink(deps: TDeps, application: { id: string; language: string }): string {
  return `${deps.config.publicUrl}/${application.language}/join/a/${applicationKey(deps.secret, application.id)}`;
}

export function reviewLink(deps: TDeps, locale: string, applicationId: string): string {
  return `${deps.config.publicUrl}/${locale}/admin/applications/${applicationId}`;
}

/**
 * The mails of one step of an application, in the step's transaction: the applicant's, in their
 * language, with their secret link unless `link` gives another; and, when `reviewers` names one, every
 * secretariat member's. `version` is the one the step leaves the application at (the mails' dedupe
 * key), so a step retried sends nothing twice.
 */
export async function mailApplicationStep(
  deps: TDeps,
  trx: TDb,
  application: {
    id: string;
    reference: string;
    language: string;
    organization: { name: string };
    contact: { email: string; name: string };
  },
  step: {
    applicant: TApplicantMailKind;
    reviewers?: TReviewerMailKind | undefined;
    version: number;
    link?: string;
    isSecretLink?: boolean;
    /** The secretariat's words to the applicant. */
    message?: string | null;
    /** How many files came with a reply (the reviewers' mail says it). */
    files?: number;
  },
): Promise<void> {
  const facts = { reference: application.reference, organization: application.organization.name };
  const dedupeKey = `application:${application.id}:${step.version}`;
  const { email, name } = application.contact;
  await deps.mailer.enqueue(
    trx,
    composeApplicantMail(
      step.applicant,
      { email, name, locale: application.language },
      {
        ...facts,
        link: step.link ?? applicantLink(deps, application),
        isSecretLink: step.isSecretLink ?? true,
        message: step.message,
        dedupeKey,
      },
    ),
  );
  if (!step.reviewers) return;
  for (const reviewer of await listSecretariatAddresses(trx)) {
    await deps.mailer.enqueue(
      trx,
      composeReviewerMail(step.reviewers, reviewer, {
        ...facts,
        link: reviewLink(deps, reviewer.locale, application.id),
        ...(step.files === undefined ? {} : { files: step.files }),
        dedupeKey: `${dedupeKey}:reviewer`,
      }),
    );
  }
}

export function isWellFormedKey(key: string): boolean {
  return /^[\w-]{43}$/.test(key);
}

/** The application a secret link opens, or undefined. */
export async function findApplicationByKey(
  deps: TDeps,
  key: string,
): Promise<TApplicationRecord | undefined> {
  if (!isWellFormedKey(key)) return undefined;
  return findApplicationByTokenHash(deps.db, hashToken(key));
}

const referenceAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

async function newReference(deps: TDeps, at: Date): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    let code = '';
    for (let i = 0; i < 6; i += 1) code += referenceAlphabet[randomInt(referenceAlphabet.length)];
    const reference = `GAC-${at.getUTCFullYear()}-${code}`;
    if (!(await isReferenceTaken(deps.db, reference))) return reference;
  }
  throw new AppError('internal', { detail: 'could not make a unique reference' });
}

export function websiteHostOf(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

export type TDuplicate =
  | {
      kind: 'application';
      reference: string;
      status: string;
      organizationName: string;
      id: string;
      /** The earlier application's own page, when the person asking is the one who sent it. */
      ownLink: string | null;
    }
  | { kind: 'member'; slug: string; name: string };

export type TSaveOutcome =
  | { outcome: 'saved' | 'submitted' | 'resubmitted'; application: TApplicationRecord; key: string }
  | { outcome: 'invalid'; fieldErrors: Record<string, string> }
  | { outcome: 'duplicate'; duplicates: TDuplicate[] };

const letterErrorKeys = {
  mismatch: 'membership.errors.fileMismatch',
  unsupported: 'membership.errors.fileType',
  active_content: 'membership.errors.fileActiveContent',
  empty: 'membership.errors.fileEmpty',
} as const;

/** Checks an uploaded letter; a message key when it is refused. */
async function checkLetter(
  file: File | undefined,
): Promise<{ bytes: Uint8Array; contentType: string } | string | null> {
  if (!file) return null;
  if (file.size > applicationLimits.letterFileBytes) return 'membership.errors.fileTooLarge';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = await checkUpload(bytes, file.name, ['pdf', 'docx']);
  if (!verdict.isAccepted) return letterErrorKeys[verdict.reason];
  return { bytes, contentType: verdict.contentType };
}

/**
 * What a submission still lacks, one message key per field. The form page asks for these together
 * with the form's own checks, so an applicant sees every error in one round.
 */
export function submissionGaps(input: {
  organization: Pick<TOrganizationData, 'name' | 'stakeholderType' | 'scope' | 'countries' | 'description'>;
  contactName: string;
  hasLetter: boolean;
  hasConsent: boolean;
}): Record<string, string> {
  const gaps = missingOrganizationFields({
    acronym: null,
    nameTranslations: {},
    city: null,
    website: null,
    descriptionLanguage: null,
    publicEmail: null,
    publicPhone: null,
    ...input.organization,
  });
  if (!input.contactName) gaps.contactName = 'validation.required';
  if (!input.hasLetter) gaps.letterText = 'membership.errors.letterRequired';
  if (!input.hasConsent) gaps.consent = 'membership.errors.consentRequired';
  return gaps;
}

/**
 * Creates or updates an application from the form; with intent "submit" it also sends it (or sends it
 * back after a question). Drafts may be incomplete; a submission must be complete and consented.
 */
export async function saveApplication(
  deps: TDeps,
  input: {
    actor: TActor;
    locale: string;
    meta: TRequestMeta;
    existing: { application: TApplicationRecord; isKeyHolder: boolean; version: number } | null;
    form: TApplicationForm;
    letterFile: File | undefined;
  },
): Promise<TSaveOutcome> {
  const { actor, existing, form } = input;
  if (existing) {
    const resource = { ...existing.application, isKeyHolder: existing.isKeyHolder };
    if (!can(actor, 'editApplication', resource)) throw new AppError('forbidden');
    if (!isEditableByApplicant(existing.application.status)) throw new AppError('conflict');
  }
  const fieldErrors: Record<string, string> = {};
  const letter = await checkLetter(input.letterFile);
  if (typeof letter === 'string') fieldErrors.letterFile = letter;

  const organization = organizationDataFrom(form);
  if (!organization.descriptionLanguage && organization.description)
    organization.descriptionLanguage = input.locale;
  const keepsFile = existing?.application.letterUploadId && form.removeLetterFile !== '1';
  const hasLetter =
    form.letterText !== '' || (letter !== null && typeof letter !== 'string') || Boolean(keepsFile);
  const isSubmitting = form.intent === 'submit';
  if (isSubmitting) {
    const gaps = submissionGaps({
      organization,
      contactName: form.contactName ?? '',
      hasLetter,
      hasConsent: form.consent === 'on',
    });
    Object.assign(fieldErrors, { ...gaps, ...fieldErrors });
  }
  if (Object.keys(fieldErrors).length > 0) return { outcome: 'invalid', fieldErrors };

  const isFirstSubmission = isSubmitting && (existing === null || existing.application.status === 'draft');
  const key = nameKey(organization.name);
  const websiteHost = websiteHostOf(organization.website);
  if (isFirstSubmission && form.confirmDuplicate !== '1') {
    const duplicates = await findDuplicates(
      deps,
      actor,
      existing?.application.id ?? null,
      organization,
      key,
      websiteHost,
    );
    if (duplicates.length > 0) return { outcome: 'duplicate', duplicates };
  }

  const storage = deps.files;
  const now = deps.clock.now();
  const at = now.toISOString();
  let upload: TUploadRecord | null = null;
  if (letter && typeof letter !== 'string' && input.letterFile) {
    const stored = await storage.save(letter.bytes);
    upload = {
      id: newId(now.getTime()),
      storageKey: stored.key,
      purpose: 'motivation_letter',
      originalName: input.letterFile.name.slice(0, 200),
      contentType: letter.contentType,
      byteSize: stored.byteSize,
      sha256: stored.sha256,
      createdAt: at,
    };
  }
  const content: TApplicationContent = {
    organization,
    nameKey: key,
    websiteHost,
    contact: {
      name: form.contactName ?? '',
      email: form.contactEmail,
      role: form.contactRole,
      phone: form.contactPhone,
    },
    letterText: form.letterText,
    letterUploadId: upload?.id ?? (keepsFile ? (existing?.application.letterUploadId ?? null) : null),
    intendedCommitments: form.intendedCommitments ?? '',
    consentAt: form.consent === 'on' ? (existing?.application.consentAt ?? at) : null,
  };

  const id = existing?.application.id ?? newId(now.getTime());
  const language = existing?.application.language ?? input.locale;
  const reference = existing?.application.reference ?? (await newReference(deps, now));
  const secretKey = applicationKey(deps.secret, id);
  let outcome: 'saved' | 'submitted' | 'resubmitted' = 'saved';
  try {
    await auditedWrite(deps, actor, { ...input.meta, at }, async ({ trx, audit }) => {
      if (upload) await insertUpload(trx, { ...upload, createdBy: actor.userId });
      const subject = { type: 'membership_application', id };
      if (existing) {
        // The secretariat has read the letter once it was sent: a changed text keeps the one it read.
        const before = existing.application;
        if (before.submittedAt && before.letterText !== content.letterText && before.letterText !== '') {
          await insertLetterVersion(trx, {
            id: newId(now.getTime()),
            applicationId: id,
            letterText: before.letterText,
            at,
          });
          await audit('membership.letter_changed', subject, { reference });
        }
        // Every earlier file of the letter stays with the application, marked replaced or removed.
        if (before.letterUploadId && before.letterUploadId !== content.letterUploadId) {
          const change = content.letterUploadId ? 'replaced' : 'removed';
          await insertLetterFileVersion(trx, {
            uploadId: before.letterUploadId,
            applicationId: id,
            change,
            at,
          });
          await audit('membership.letter_file_kept', subject, {
            reference,
            change,
            upload: before.letterUploadId,
          });
        }
        const isSaved = await updateApplicationContent(trx, id, existing.version, content, at);
        if (!isSaved) throw new AppError('conflict');
      } else {
        await insertApplication(trx, {
          id,
          reference,
          accessTokenHash: hashToken(secretKey),
          applicantUserId: actor.userId,
          language,
          content,
          at,
        });
        await audit('membership.application_started', subject, { reference });
      }
      if (!isSubmitting) return;
      const version = existing ? existing.version + 1 : 1;
      const status = existing?.application.status ?? 'draft';
      const transition = status === 'information_requested' ? 'resubmit' : 'submit';
      const isChanged = await changeApplicationStatus(trx, {
        id,
        version,
        from: applicationTransitions[transition].from,
        to: applicationTransitions[transition].to,
        at,
        set: transition === 'submit' ? { submittedAt: at } : {},
      });
      if (!isChanged) throw new AppError('conflict');
      outcome = transition === 'submit' ? 'submitted' : 'resubmitted';
      await audit(
        transition === 'submit' ? 'membership.application_submitted' : 'membership.application_resubmitted',
        subject,
        { reference, from: status, to: applicationTransitions[transition].to },
      );
      await mailApplicationStep(
        deps,
        trx,
        { id, reference, language, organization, contact: content.contact },
        {
          applicant: outcome,
          reviewers: transition === 'submit' ? 'newApplication' : 'returnedApplication',
          version: version + 1,
        },
      );
    });
  } catch (error) {
    if (upload) await storage.remove(upload.storageKey);
    throw error;
  }
  deps.mailer.kick();
  const saved = await findApplicationById(deps.db, id);
  if (!saved) throw new AppError('internal');
  return { outcome, application: saved, key: secretKey };
}

async function findDuplicates(
  deps: TDeps,
  actor: TActor,
  excludeId: string | null,
  organization: TOrganizationData,
  key: string,
  websiteHost: string | null,
): Promise<TDuplicate[]> {
  const applications = await findEarlierApplications(deps.db, { excludeId, nameKey: key, websiteHost });
  const members = await findMembersLike(deps.db, { sortName: foldText(organization.name), websiteHost });
  return [
    ...members.map((m) => ({ kind: 'member' as const, slug: m.slug, name: m.name })),
    ...applications
      .filter((a) => a.status !== 'accepted')
      .map((a) => ({
        kind: 'application' as const,
        id: a.id,
        reference: a.reference,
        status: a.status,
        organizationName: a.organizationName,
        ownLink:
          actor.userId !== null && actor.userId === a.applicantUserId
            ? `/${a.language}/join/a/${applicationKey(deps.secret, a.id)}`
            : null,
      })),
  ];
}

/** An applicant's step on their application: who, whether through its secret link, the version they saw. */
export type TApplicantStep = {
  actor: TActor;
  application: TApplicationRecord;
  isKeyHolder: boolean;
  /** The version the applicant saw. */
  version: number;
  meta: TRequestMeta;
};

/** Refuses (403) a step the policy does not give this person on this application. */
export function authorizeApplicantStep(
  action: 'withdrawApplication' | 'editApplication',
  { actor, application, isKeyHolder }: TApplicantStep,
): void {
  if (!can(actor, action, { ...application, isKeyHolder })) throw new AppError('forbidden');
}

/** Withdraws an application before a decision; the applicant's side only. */
export async function withdrawApplication(deps: TDeps, input: TApplicantStep): Promise<void> {
  const { actor, application } = input;
  authorizeApplicantStep('withdrawApplication', input);
  await auditedWrite(deps, actor, input.meta, async ({ trx, at, audit }) => {
    const isChanged = await changeApplicationStatus(trx, {
      id: application.id,
      version: input.version,
      from: applicationTransitions.withdraw.from,
      to: 'withdrawn',
      at,
    });
    if (!isChanged) throw new AppError('conflict');
    await audit(
      'membership.application_withdrawn',
      { type: 'membership_application', id: application.id },
      { reference: application.reference, from: application.status, to: 'withdrawn' },
    );
    await mailApplicationStep(deps, trx, application, {
      applicant: 'withdrawn',
      reviewers: application.status === 'draft' ? undefined : 'withdrawnApplication',
      version: input.version + 1,
    });
  });
  deps.mailer.kick();
}

/** Which file of an application a link asks for: the letter, an earlier file of it, or a reply's file. */
export type TApplicationFileKind = 'letter' | 'letterVersion' | 'replyFile';

/** What a download says of its file: its name, type and size. */
export type TAttachment = { originalName: string; contentType: string; byteSize: number };

/**
 * A file of an application with its bytes, for the applicant's side and the secretariat only: anyone
 * else is told it is not there, as for a file that is not.
 */
export async function readApplicationFile(
  deps: TDeps,
  input: {
    actor: TActor;
    application: TApplicationRecord;
    isKeyHolder: boolean;
    kind: TApplicationFileKind;
    uploadId: string | undefined;
  },
): Promise<{ file: TAttachment; bytes: Buffer }> {
  const { application } = input;
  if (!can(input.actor, 'readLetter', { ...application, isKeyHolder: input.isKeyHolder })) {
    throw new AppError('not_found');
  }
  const file = await findApplicationFile(deps, application, input.kind, input.uploadId ?? '');
  if (!file) throw new AppError('not_found');
  const bytes = await deps.files.read(file.storageKey);
  if (!bytes) throw new AppError('not_found');
  return { file, bytes };
}

async function findApplicationFile(
  deps: TDeps,
  application: TApplicationRecord,
  kind: TApplicationFileKind,
  uploadId: string,
): Promise<(TAttachment & { storageKey: string }) | undefined> {
  if (kind === 'letterVersion') return findLetterFileVersion(deps.db, application.id, uploadId);
  if (kind === 'letter') {
    return application.letterUploadId ? findUpload(deps.db, application.letterUploadId) : undefined;
  }
  const file = await findReplyFile(deps.db, application.id, uploadId);
  return file && { ...file, originalName: file.name };
}

/** The letter's earlier files, oldest first (the review page and the applicant's page list them). */
export function readLetterFileVersions(deps: TDeps, applicationId: string) {
  return listLetterFileVersions(deps.db, applicationId);
}

export async function readLetterInfo(
  deps: TDeps,
  application: TApplicationRecord,
): Promise<TUploadRecord | null> {
  return application.letterUploadId
    ? ((await findUpload(deps.db, application.letterUploadId)) ?? null)
    : null;
}

export async function listOwnApplications(deps: TDeps, actor: TActor) {
  return actor.userId ? listApplicationsOfUser(deps.db, actor.userId) : [];
}

/** The replies on an application, oldest first (its applicant's status page lists them). */
export function readReplies(deps: TDeps, applicationId: string) {
  return listReplies(deps.db, applicationId);
}
