import type { THelpKind, TListingKind, TListingStatus } from './connections.schemas.ts';

/** An offer or a need as pages, services and other domains read it. */
export type TListingOrganization = { id: string; slug: string; name: string; stakeholderType: string };

export type TListing = {
  id: string;
  kind: TListingKind;
  organization: TListingOrganization;
  isOrganizationMember: boolean;
  helpKind: THelpKind;
  title: string;
  description: string;
  language: string;
  /** Concepts the organisation chose. */
  concepts: string[];
  /** Concepts and places the analyser found in the text. */
  taggedConcepts: string[];
  countries: string[];
  regions: string[];
  isAnywhere: boolean;
  workingLanguages: string[];
  openUntil: string | null;
  status: TListingStatus;
  closedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};
