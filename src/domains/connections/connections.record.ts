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

export type TIntroductionStatus = 'requested' | 'accepted' | 'declined' | 'closed';
export type TIntroduction = {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectTitle: string;
  requester: {
    id: string;
    name: string;
    slug: string;
    stakeholderType: string;
    isMember: boolean;
    countries: string[];
  };
  receiver: {
    id: string;
    name: string;
    slug: string;
    stakeholderType: string;
    isMember: boolean;
    countries: string[];
  };
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
