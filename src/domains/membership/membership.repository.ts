import { type Expression, type Selectable, type SqlBool, sql } from 'kysely';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TOrganizationData } from '../organizations/index.ts';
import type {
  TApplicationRecord,
  TLetterFileVersion,
  TReplyFile,
  TReplyRecord,
  TUploadRecord,
} from './membership.record.ts';
import type { TApplicationStatus, TContactData, TQueueFilter } from './membership.schemas.ts';

/**
 * The membership domain's SQL: applications, reviewer notes and uploaded letters.
 * Every function takes the database or a transaction.
 */

const emptyOrganization: TOrganizationData = {
  name: '',
  acronym: null,
  nameTranslations: {},
  stakeholderType: null,
  scope: null,
  countries: [],
  city: null,
  website: null,
  description: '',
  descriptionLanguage: null,
  publicEmail: null,
  publicPhone: null,
};

function toApplication(row: Selectable<Database['membership_applications']>): TApplicationRecord {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as TApplicationStatus,
    version: Number(row.version),
    applicantUserId: row.applicant_user_id,
    organizationId: row.organization_id,
    language: row.language,
    organization: {
      ...emptyOrganization,
      ...parseJson<Partial<TOrganizationData>>(row.organization_data, {}),
    },
    contact: {
      name: row.contact_name,
      email: row.contact_email,
      ...parseJson<Partial<TContactData>>(row.contact_data, {}),
    } as TContactData,
    letterText: row.letter_text,
    letterUploadId: row.letter_upload_id,
    intendedCommitments: row.intended_commitments,
    consentAt: row.consent_at,
    informationRequest: row.information_request,
    decisionMessage: row.decision_message,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type TApplicationContent = {
  organization: TOrganizationData;
  nameKey: string;
  websiteHost: string | null;
  contact: TContactData;
  letterText: string;
  letterUploadId: string | null;
  intendedCommitments: string;
  consentAt: string | null;
};

function contentColumns(content: TApplicationContent) {
  return {
    organization_name: content.organization.name,
    name_key: content.nameKey,
    website_host: content.websiteHost,
    stakeholder_type: content.organization.stakeholderType,
    countries: JSON.stringify(content.organization.countries),
    organization_data: JSON.stringify(content.organization),
    contact_name: content.contact.name,
    contact_email: content.contact.email,
    contact_data: JSON.stringify({ role: content.contact.role, phone: content.contact.phone }),
    letter_text: content.letterText,
    letter_upload_id: content.letterUploadId,
    intended_commitments: content.intendedCommitments,
    consent_at: content.consentAt,
  };
}

export async function insertApplication(
  db: TDb,
  application: {
    id: string;
    reference: string;
    accessTokenHash: string;
    applicantUserId: string | null;
    language: string;
    content: TApplicationContent;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('membership_applications')
    .values({
      id: application.id,
      reference: application.reference,
      status: 'draft',
      version: 1,
      access_token_hash: application.accessTokenHash,
      applicant_user_id: application.applicantUserId,
      organization_id: null,
      language: application.language,
      ...contentColumns(application.content),
      information_request: null,
      decision_message: null,
      decided_by: null,
      decided_at: null,
      submitted_at: null,
      created_at: application.at,
      updated_at: application.at,
    })
    .execute();
}

/** Saves the applicant's edits if the application is still at `version` and editable; false otherwise. */
export async function updateApplicationContent(
  db: TDb,
  id: string,
  version: number,
  content: TApplicationContent,
  at: string,
): Promise<boolean> {
  return updateAtVersion(
    db,
    'membership_applications',
    id,
    version,
    { ...contentColumns(content), updated_at: at, version: version + 1 },
    { column: 'status', in: ['draft', 'information_requested'] },
  );
}

export type TStatusChange = {
  id: string;
  /** The version the actor saw; the change happens only if nobody changed the application since. */
  version: number;
  from: readonly TApplicationStatus[];
  to: TApplicationStatus;
  at: string;
  set?: {
    informationRequest?: string | null;
    decisionMessage?: string | null;
    decidedBy?: string | null;
    decidedAt?: string | null;
    submittedAt?: string | null;
    organizationId?: string | null;
    applicantUserId?: string | null;
  };
};

/**
 * The one way an application changes state: a conditional update on id, version and the allowed
 * starting states. Of two reviewers deciding at once, exactly one update matches; the other gets false.
 */
export async function changeApplicationStatus(db: TDb, change: TStatusChange): Promise<boolean> {
  const set = change.set ?? {};
  return updateAtVersion(
    db,
    'membership_applications',
    change.id,
    change.version,
    {
      status: change.to,
      version: change.version + 1,
      updated_at: change.at,
      ...(set.informationRequest !== undefined ? { information_request: set.informationRequest } : {}),
      ...(set.decisionMessage !== undefined ? { decision_message: set.decisionMessage } : {}),
      ...(set.decidedBy !== undefined ? { decided_by: set.decidedBy } : {}),
      ...(set.decidedAt !== undefined ? { decided_at: set.decidedAt } : {}),
      ...(set.submittedAt !== undefined ? { submitted_at: set.submittedAt } : {}),
      ...(set.organizationId !== undefined ? { organization_id: set.organizationId } : {}),
      ...(set.applicantUserId !== undefined ? { applicant_user_id: set.applicantUserId } : {}),
    },
    { column: 'status', in: change.from },
  );
}

/** The application whose id, or whose secret link's hash, is `value`. */
async function findApplicationWhere(
  db: TDb,
  column: 'id' | 'access_token_hash',
  value: string,
): Promise<TApplicationRecord | undefined> {
  const row = await db
    .selectFrom('membership_applications')
    .selectAll()
    .where(column, '=', value)
    .executeTakeFirst();
  return row ? toApplication(row) : undefined;
}

export function findApplicationById(db: TDb, id: string): Promise<TApplicationRecord | undefined> {
  return findApplicationWhere(db, 'id', id);
}

export function findApplicationByTokenHash(
  db: TDb,
  tokenHash: string,
): Promise<TApplicationRecord | undefined> {
  return findApplicationWhere(db, 'access_token_hash', tokenHash);
}

export async function isReferenceTaken(db: TDb, reference: string): Promise<boolean> {
  const row = await db
    .selectFrom('membership_applications')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listApplicationsOfUser(db: TDb, userId: string) {
  return db
    .selectFrom('membership_applications')
    .select(['id', 'reference', 'status', 'organization_name as organizationName', 'updated_at as updatedAt'])
    .where('applicant_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Earlier applications (past the draft stage, not withdrawn) from what looks like the same
 * organisation: the same folded name or the same website.
 */
export async function findEarlierApplications(
  db: TDb,
  match: { excludeId: string | null; nameKey: string; websiteHost: string | null },
) {
  if (!match.nameKey && !match.websiteHost) return [];
  let query = db
    .selectFrom('membership_applications')
    .select([
      'id',
      'reference',
      'status',
      'organization_name as organizationName',
      'applicant_user_id as applicantUserId',
      'language',
      'submitted_at as submittedAt',
    ])
    .where('status', 'not in', ['draft', 'withdrawn'])
    .where((eb) => {
      const options: Expression<SqlBool>[] = [];
      if (match.nameKey) options.push(eb('name_key', '=', match.nameKey));
      if (match.websiteHost) options.push(eb('website_host', '=', match.websiteHost));
      return eb.or(options);
    });
  if (match.excludeId) query = query.where('id', '!=', match.excludeId);
  return query.orderBy('created_at').limit(5).execute();
}

/* The reviewers' queue */

function queueQuery(db: TDb, filter: TQueueFilter, nowIso: string) {
  let query = db.selectFrom('membership_applications').where('status', '!=', 'draft');
  if (filter.status === 'open')
    query = query.where('status', 'in', ['submitted', 'under_review', 'resubmitted']);
  else if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.type) query = query.where('stakeholder_type', '=', filter.type);
  if (filter.country) query = query.where('countries', 'like', `%"${filter.country}"%`);
  if (filter.olderThanDays !== null) {
    const limit = new Date(Date.parse(nowIso) - filter.olderThanDays * 86_400_000).toISOString();
    query = query.where('submitted_at', '<=', limit);
  }
  return query;
}

export async function listQueue(
  db: TDb,
  filter: TQueueFilter,
  nowIso: string,
  limit: number,
  offset: number,
) {
  let query = queueQuery(db, filter, nowIso).select([
    'id',
    'reference',
    'status',
    'organization_name as organizationName',
    'stakeholder_type as stakeholderType',
    'countries',
    'submitted_at as submittedAt',
    'updated_at as updatedAt',
  ]);
  if (filter.sort === 'name') query = query.orderBy('name_key').orderBy('submitted_at');
  else query = query.orderBy('submitted_at', filter.sort === 'newest' ? 'desc' : 'asc');
  const rows = await query.orderBy('id').limit(limit).offset(offset).execute();
  return rows.map((r) => ({ ...r, countries: parseJson<string[]>(r.countries, []) }));
}

export async function countQueue(db: TDb, filter: TQueueFilter, nowIso: string): Promise<number> {
  const row = await queueQuery(db, filter, nowIso)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Applications per status (drafts excluded: they are the applicants' business until sent). */
export async function countApplicationsByStatus(db: TDb): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('membership_applications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'draft')
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** The columns every row of an application's own tables (notes, replies) starts with. */
function applicationRowColumns(row: { id: string; applicationId: string; at: string }) {
  return { id: row.id, application_id: row.applicationId, created_at: row.at };
}

/* Reviewer notes (private to the secretariat) */

export async function insertNote(
  db: TDb,
  note: { id: string; applicationId: string; authorId: string; body: string; at: string },
): Promise<void> {
  await db
    .insertInto('application_notes')
    .values({ ...applicationRowColumns(note), author_id: note.authorId, body: note.body })
    .execute();
}

export async function listNotes(db: TDb, applicationId: string) {
  return db
    .selectFrom('application_notes')
    .leftJoin('users', 'users.id', 'application_notes.author_id')
    .select([
      'application_notes.id',
      'application_notes.body',
      'application_notes.created_at as createdAt',
      'users.name as authorName',
    ])
    .where('application_notes.application_id', '=', applicationId)
    .orderBy('application_notes.created_at')
    .orderBy('application_notes.id')
    .execute();
}

/* Uploaded files */

/** An upload's columns as a TUploadRecord, from `uploads as u`. */
const uploadColumns = [
  'u.id',
  'u.storage_key as storageKey',
  'u.purpose',
  'u.original_name as originalName',
  'u.content_type as contentType',
  'u.byte_size as byteSize',
  'u.sha256',
  'u.created_at as createdAt',
] as const;

export async function findUpload(db: TDb, id: string): Promise<TUploadRecord | undefined> {
  return db.selectFrom('uploads as u').select(uploadColumns).where('u.id', '=', id).executeTakeFirst();
}

/* People the membership domain writes to */

/** The e-mail addresses of everyone who reviews applications (reviewers and admins). */
export async function listSecretariatAddresses(db: TDb): Promise<{ email: string; locale: string }[]> {
  return db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.email', 'users.locale'])
    .where('user_roles.role', '=', 'reviewer')
    .where('users.is_disabled', '=', 0)
    .groupBy(['users.email', 'users.locale'])
    .orderBy('users.email')
    .execute();
}

/** Counts rows of a status for a test or a figure. */
export async function countApplications(db: TDb, status: TApplicationStatus): Promise<number> {
  const row = await db
    .selectFrom('membership_applications')
    .select(sql<number>`count(*)`.as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which of these stored-file keys an upload row names (the orphan file sweep asks; any domain's uploads). */
export async function findReferencedUploadKeys(db: TDb, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('uploads')
    .select('storage_key')
    .where('storage_key', 'in', keys)
    .execute();
  return rows.map((row) => row.storage_key);
}

/** Keeps the letter text the secretariat had read before the applicant changed it. */
export async function insertLetterVersion(
  db: TDb,
  row: { id: string; applicationId: string; letterText: string; at: string },
): Promise<void> {
  await db
    .insertInto('application_letter_versions')
    .values({ id: row.id, application_id: row.applicationId, letter_text: row.letterText, kept_at: row.at })
    .execute();
}

/** Keeps the letter's earlier file linked to its application when the applicant replaces or removes it. */
export async function insertLetterFileVersion(
  db: TDb,
  row: { uploadId: string; applicationId: string; change: 'replaced' | 'removed'; at: string },
): Promise<void> {
  await db
    .insertInto('application_letter_files')
    .values({
      upload_id: row.uploadId,
      application_id: row.applicationId,
      change: row.change,
      kept_at: row.at,
    })
    .execute();
}

function letterFileVersions(db: TDb, applicationId: string) {
  return db
    .selectFrom('application_letter_files as f')
    .innerJoin('uploads as u', 'u.id', 'f.upload_id')
    .select([...uploadColumns, 'f.change', 'f.kept_at as keptAt'])
    .where('f.application_id', '=', applicationId);
}

/** The letter's earlier files, oldest first. */
export async function listLetterFileVersions(db: TDb, applicationId: string): Promise<TLetterFileVersion[]> {
  const rows = await letterFileVersions(db, applicationId).orderBy('f.kept_at').orderBy('u.id').execute();
  return rows.map((r) => ({ ...r, byteSize: Number(r.byteSize) }));
}

/** One earlier file of this application's letter (none for a file of another application). */
export async function findLetterFileVersion(
  db: TDb,
  applicationId: string,
  uploadId: string,
): Promise<TLetterFileVersion | undefined> {
  const row = await letterFileVersions(db, applicationId)
    .where('f.upload_id', '=', uploadId)
    .executeTakeFirst();
  return row ? { ...row, byteSize: Number(row.byteSize) } : undefined;
}

/** The earlier versions of an application's letter, oldest first. */
export async function listLetterVersions(
  db: TDb,
  applicationId: string,
): Promise<{ id: string; letterText: string; keptAt: string }[]> {
  return db
    .selectFrom('application_letter_versions')
    .select(['id', 'letter_text as letterText', 'kept_at as keptAt'])
    .where('application_id', '=', applicationId)
    .orderBy('kept_at')
    .orderBy('id')
    .execute();
}

/* The applicant's replies to a request for more information, with the files added to each */

export async function insertReply(
  db: TDb,
  reply: { id: string; applicationId: string; question: string; body: string; at: string },
): Promise<void> {
  await db
    .insertInto('application_replies')
    .values({ ...applicationRowColumns(reply), question: reply.question, body: reply.body })
    .execute();
}

/** Links an upload (already inserted) to a reply, at its place in the order the applicant chose. */
export async function insertReplyFile(
  db: TDb,
  file: { uploadId: string; replyId: string; position: number },
): Promise<void> {
  await db
    .insertInto('application_reply_files')
    .values({ upload_id: file.uploadId, reply_id: file.replyId, position: file.position })
    .execute();
}

/** The files added to replies, each with its upload (a TReplyFile before its size is a number). */
function replyFiles(db: TDb) {
  return db
    .selectFrom('application_reply_files as f')
    .innerJoin('uploads as u', 'u.id', 'f.upload_id')
    .select([
      'f.reply_id as replyId',
      'u.id as uploadId',
      'u.storage_key as storageKey',
      'u.original_name as name',
      'u.content_type as contentType',
      'u.byte_size as byteSize',
    ]);
}

/** An application's replies, oldest first, each with its files in the order they were added. */
export async function listReplies(db: TDb, applicationId: string): Promise<TReplyRecord[]> {
  const replies = await db
    .selectFrom('application_replies')
    .select(['id', 'question', 'body', 'created_at as createdAt'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (replies.length === 0) return [];
  const files = await replyFiles(db)
    .where(
      'f.reply_id',
      'in',
      replies.map((r) => r.id),
    )
    .orderBy('f.reply_id')
    .orderBy('f.position')
    .execute();
  return replies.map((r) => ({
    ...r,
    files: files.filter((f) => f.replyId === r.id).map((f) => ({ ...f, byteSize: Number(f.byteSize) })),
  }));
}

/** One file added to a reply of this application, or undefined. */
export async function findReplyFile(
  db: TDb,
  applicationId: string,
  uploadId: string,
): Promise<TReplyFile | undefined> {
  const row = await replyFiles(db)
    .innerJoin('application_replies as r', 'r.id', 'f.reply_id')
    .where('r.application_id', '=', applicationId)
    .where('f.upload_id', '=', uploadId)
    .executeTakeFirst();
  return row ? { ...row, byteSize: Number(row.byteSize) } : undefined;
}
