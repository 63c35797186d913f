import { isCurator, isSignedIn, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TCommunity, TThread } from './communities.record.ts';
import type { TMemberRole } from './communities.schemas.ts';

/**
 * Who may do what in communities of practice. The secretariat (curators and admins) creates
 * communities, approves members' proposals and may act in every community; facilitators accept
 * requests to join; members start threads, reply, translate and mark posts helpful; anyone reads a
 * public community, and only its members (and the secretariat) read a private one's threads.
 * `role` is the asking person's own place in the community (null when they have none), so the
 * rules stay plain predicates. communities.policy.test.ts walks every role × action.
 */
export type TCommunityResource = Pick<TCommunity, 'status' | 'visibility' | 'joinPolicy' | 'createdBy'> & {
  role: TMemberRole | null;
};

export const communityActions = [
  'view',
  'readContent',
  'create',
  'propose',
  'decide',
  'edit',
  'join',
  'requestToJoin',
  'leave',
  'manageMembers',
  'stepDown',
  'endFacilitator',
  'moderate',
  'startThread',
  'holdMeetings',
  'watch',
] as const;
export type TCommunityAction = (typeof communityActions)[number];

/** The secretariat, for communities: the people who look after the hub's content. */
export const isSecretariatOfCommunities = (actor: TActor) => isCurator(actor);

const isMember = (c: TCommunityResource) => c.role === 'facilitator' || c.role === 'member';
const isActive = (c: TCommunityResource) => c.status === 'active';

const canView = (actor: TActor, c: TCommunityResource) =>
  isActive(c) || isSecretariatOfCommunities(actor) || (actor.userId !== null && c.createdBy === actor.userId);

const canReadContent = (actor: TActor, c: TCommunityResource) =>
  canView(actor, c) && (c.visibility === 'public' || isMember(c) || isSecretariatOfCommunities(actor));

const communityRules: Record<TCommunityAction, (actor: TActor, c: TCommunityResource) => boolean> = {
  view: canView,
  readContent: canReadContent,
  create: (actor) => isSecretariatOfCommunities(actor),
  propose: (actor) => isSignedIn(actor),
  decide: (actor, c) => c.status === 'proposed' && isSecretariatOfCommunities(actor),
  edit: (actor, c) => c.role === 'facilitator' || isSecretariatOfCommunities(actor),
  join: (actor, c) => isSignedIn(actor) && isActive(c) && c.role === null && c.joinPolicy === 'open',
  requestToJoin: (actor, c) =>
    isSignedIn(actor) && isActive(c) && c.role === null && c.joinPolicy === 'request',
  leave: (actor, c) => isSignedIn(actor) && c.role !== null,
  manageMembers: (actor, c) => isActive(c) && (c.role === 'facilitator' || isSecretariatOfCommunities(actor)),
  /** A facilitator gives up the role (staying a member); the service keeps one facilitator at least. */
  stepDown: (actor, c) => isSignedIn(actor) && isActive(c) && c.role === 'facilitator',
  /** End someone else's facilitator role: the secretariat only, not a facilitator's peers. */
  endFacilitator: (actor, c) => isActive(c) && isSecretariatOfCommunities(actor),
  moderate: (actor, c) => isActive(c) && (c.role === 'facilitator' || isSecretariatOfCommunities(actor)),
  startThread: (actor, c) =>
    isSignedIn(actor) && isActive(c) && (isMember(c) || isSecretariatOfCommunities(actor)),
  /** Attach one of the hub's events as a meeting of the community, or detach it. */
  holdMeetings: (actor, c) => isActive(c) && (c.role === 'facilitator' || isSecretariatOfCommunities(actor)),
  /** Watch the community or one of its threads (mail about new posts): its members only (ADR 0055). */
  watch: (actor, c) => isSignedIn(actor) && isActive(c) && isMember(c),
};

export const communityPolicy = definePolicy<TCommunityAction, TCommunityResource>({
  rules: communityRules,
  anyResource: { status: 'active', visibility: 'public', joinPolicy: 'open', createdBy: null, role: null },
  seeAction: 'view',
});

/** A post as the rules see it: its community (with the asker's role), its thread and its author. */
export type TPostResource = {
  community: TCommunityResource;
  threadKind: TThread['kind'];
  threadStatus: TThread['status'];
  threadAuthorId: string | null;
  authorId: string | null;
  isDeleted: boolean;
  /** The thread's opening post (it cannot be the accepted answer to itself). */
  isOpening: boolean;
};

export const postActions = [
  'read',
  'reply',
  'edit',
  'delete',
  'translate',
  'accept',
  'markHelpful',
  'report',
  'moderate',
] as const;
export type TPostAction = (typeof postActions)[number];

const isAuthor = (actor: TActor, p: TPostResource) => actor.userId !== null && p.authorId === actor.userId;
const canWriteIn = (actor: TActor, p: TPostResource) =>
  isSignedIn(actor) && isActive(p.community) && (isMember(p.community) || isSecretariatOfCommunities(actor));

const postRules: Record<TPostAction, (actor: TActor, p: TPostResource) => boolean> = {
  read: (actor, p) =>
    canReadContent(actor, p.community) &&
    (p.threadStatus !== 'hidden' || p.community.role === 'facilitator' || isSecretariatOfCommunities(actor)),
  reply: (actor, p) => canWriteIn(actor, p) && p.threadStatus === 'open',
  edit: (actor, p) => canWriteIn(actor, p) && isAuthor(actor, p) && !p.isDeleted && p.threadStatus === 'open',
  delete: (actor, p) => isSignedIn(actor) && isAuthor(actor, p) && !p.isDeleted,
  translate: (actor, p) => canWriteIn(actor, p) && !p.isDeleted,
  accept: (actor, p) =>
    canWriteIn(actor, p) &&
    p.threadKind === 'question' &&
    !p.isDeleted &&
    !p.isOpening &&
    (p.threadAuthorId === actor.userId ||
      p.community.role === 'facilitator' ||
      isSecretariatOfCommunities(actor)),
  markHelpful: (actor, p) => canWriteIn(actor, p) && !p.isDeleted && !isAuthor(actor, p),
  report: (actor, p) =>
    isSignedIn(actor) && canReadContent(actor, p.community) && !p.isDeleted && !isAuthor(actor, p),
  moderate: (actor, p) =>
    isActive(p.community) && (p.community.role === 'facilitator' || isSecretariatOfCommunities(actor)),
};

export const postPolicy = definePolicy<TPostAction, TPostResource>({
  rules: postRules,
  anyResource: {
    community: { status: 'active', visibility: 'public', joinPolicy: 'open', createdBy: null, role: null },
    threadKind: 'discussion',
    threadStatus: 'open',
    threadAuthorId: null,
    authorId: null,
    isDeleted: false,
    isOpening: false,
  },
  seeAction: 'read',
});
