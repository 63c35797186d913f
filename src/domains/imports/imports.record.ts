import type { TImportKind, TImportStatus, TProposedField, TSourceKind } from './imports.schemas.ts';

/**
 * The imports domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TImport = {
  id: string;
  status: TImportStatus;
  sourceKind: TSourceKind;
  fileName: string | null;
  fileKey: string | null;
  fileType: string | null;
  fileSha256: string | null;
  text: string;
  language: string;
  kind: TImportKind;
  title: string;
  fields: TProposedField[];
  organizationId: string | null;
  recordType: string | null;
  recordSlug: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The source document is shown to everyone who may see the record it became (a curator's choice). */
  isSourcePublic: boolean;
};
export type TImportSummary = Pick<
  TImport,
  | 'id'
  | 'status'
  | 'sourceKind'
  | 'fileName'
  | 'language'
  | 'kind'
  | 'title'
  | 'recordType'
  | 'recordSlug'
  | 'createdAt'
>;
