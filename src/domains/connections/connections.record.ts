import type { THelpKind, TListingKind, TListingStatus } from './connections.schemas.ts';

/** An offer or a need as pages, services and other domains read it. */
export type TListingOrganization = { id: string; slug: string; name: string; stakeholderType: string };

/** What the organisation wrote of an offer or a need, and what the analyser found in it. */
export type TListingContent = {
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
};

export type TListing = TListingContent & {
  id: string;
  kind: TListingKind;
  organization: TListingOrganization;
  isOrganizationMember: boolean;
  status: TListingStatus;
  closedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** An organisation that asks for an introduction, or is asked. */
export type TIntroductionParty = {
  id: string;
  name: string;
  slug: string;
  stakeholderType: string;
  isMember: boolean;
  countries: string[];
};

export type TIntroductionStatus = 'requested' | 'accepted' | 'declined' | 'closed';
export type TIntroduction = {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectTitle: string;
  requester: TIntroductionParty;
  receiver: TIntroductionParty;
  requestedBy: string;
  message: string;
  status: TIntroductionStatus;
  createdAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  version: number;
};
export type TMessage = {
  id: string;
  authorId: string;
  authorName: string;
  organizationId: string;
  body: string;
  createdAt: string;
};
export type TPerson = { id: string; name: string; email: string; locale: string };
export type TOutcomeCount = {
  sectorPair: string;
  region: string;
  year: number;
  kind: string;
  count: number;
  /** Of them, those linked to a commitment. */
  withCommitment: number;
};
