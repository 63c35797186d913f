import type { TUpload } from '../../core/uploads.ts';
import type { TOrganizationData } from '../organizations/index.ts';
import type { TApplicationStatus, TContactData } from './membership.schemas.ts';

/**
 * The membership domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TApplicationRecord = {
  id: string;
  reference: string;
  status: TApplicationStatus;
  version: number;
  applicantUserId: string | null;
  organizationId: string | null;
  language: string;
  organization: TOrganizationData;
  contact: TContactData;
  letterText: string;
  letterUploadId: string | null;
  intendedCommitments: string;
  consentAt: string | null;
  informationRequest: string | null;
  decisionMessage: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
};
export type TUploadRecord = Omit<TUpload, 'createdBy'>;
/** An earlier file of the letter: the upload, and what became of it (replaced by another, or removed) when. */
export type TLetterFileVersion = TUploadRecord & { change: 'replaced' | 'removed'; keptAt: string };
export type TReplyFile = {
  replyId: string;
  uploadId: string;
  storageKey: string;
  name: string;
  contentType: string;
  byteSize: number;
};
export type TReplyRecord = {
  id: string;
  question: string;
  body: string;
  createdAt: string;
  files: TReplyFile[];
};
