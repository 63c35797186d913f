import type {
  TCommunityStatus,
  TCommunityTranslation,
  TCommunityVisibility,
  TJoinPolicy,
  TMemberRole,
  TThreadKind,
  TThreadStatus,
} from './communities.schemas.ts';

/**
 * The communities domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TCommunity = {
  id: string;
  slug: string;
  status: TCommunityStatus;
  visibility: TCommunityVisibility;
  joinPolicy: TJoinPolicy;
  language: string;
  name: string;
  description: string;
  translations: Record<string, TCommunityTranslation>;
  themes: string[];
  regions: string[];
  picture: { id: string; key: string; alt: string; width: number; height: number } | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  version: number;
  memberCount: number;
  threadCount: number;
};
// Members

export type TCommunityMember = {
  userId: string;
  name: string;
  role: TMemberRole;
  isListed: boolean;
  joinedAt: string;
};
// Threads

export type TThread = {
  id: string;
  communityId: string;
  kind: TThreadKind;
  title: string;
  language: string;
  status: TThreadStatus;
  authorId: string | null;
  authorName: string | null;
  acceptedPostId: string | null;
  postCount: number;
  createdAt: string;
  lastPostAt: string;
};
// Posts

export type TPost = {
  id: string;
  threadId: string;
  communityId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  language: string;
  quoteOf: string | null;
  isDeleted: boolean;
  helpfulCount: number;
  createdAt: string;
  editedAt: string | null;
  version: number;
  /** Why a facilitator hid the post; null when it is not hidden. */
  hiddenReason: string | null;
};
export type TRevision = {
  id: string;
  body: string;
  language: string;
  writtenAt: string;
  replacedAt: string;
  /** The files the edit that replaced this version added and removed (by name). */
  filesChanged: { added: string[]; removed: string[] } | null;
};
// Moderation

export type TReport = {
  id: string;
  threadId: string;
  postId: string;
  reporterName: string | null;
  reason: string;
  details: string;
  createdAt: string;
  postBody: string;
  postAuthorName: string | null;
  threadTitle: string;
};
export type TModerationNotice = {
  id: string;
  action: string;
  reason: string;
  at: string;
  threadId: string | null;
  postId: string | null;
};

export type TPostFile = {
  uploadId: string;
  postId: string;
  storageKey: string;
  name: string;
  contentType: string;
  byteSize: number;
};

export const mailFrequencies = ['immediately', 'daily', 'weekly', 'off'] as const;
