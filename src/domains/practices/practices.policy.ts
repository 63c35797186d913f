import { AppError } from '../../platform/errors.ts';
import type { TPracticeStatus } from './practice-vocabulary.ts';

/**
 * Who may do what with practices. One predicate per action; practices.policy.test.ts walks every
 * role × action × status. Members (people of a member organisation) write and submit their own
 * drafts; curators (and admins) review, edit, verify, feature and unpublish anything.
 */
export type TPracticeActor = {
  userId: string | null;
  /** Platform roles: admin, reviewer, curator, moderator. */
  roles: readonly string[];
  /** Ids of the organisations the person belongs to (any organisation role). */
  organizationIds: readonly string[];
};

export const anonymousPracticeActor: TPracticeActor = { userId: null, roles: [], organizationIds: [] };

export type TPracticeResource = {
  status: TPracticeStatus;
  createdBy: string | null;
  organizationId: string | null;
};

export const practiceActions = [
  'view',
  'create',
  'edit',
  'translate',
  'submit',
  'publish',
  'return',
  'unpublish',
  'verify',
  'feature',
  'viewRevisions',
  'listForReview',
  'import',
] as const;
export type TPracticeAction = (typeof practiceActions)[number];

export function isCurator(actor: TPracticeActor): boolean {
  return actor.roles.includes('curator') || actor.roles.includes('admin');
}

function isMember(actor: TPracticeActor): boolean {
  return actor.userId !== null && actor.organizationIds.length > 0;
}

/**
 * Anyone of the organisation it was written for, as of today; for a practice written for no
 * organisation, the person who wrote it. A writer who has left (or was removed from) the organisation
 * no longer counts: the practice stays with the organisation.
 */
function isAuthorSide(actor: TPracticeActor, p: TPracticeResource): boolean {
  if (actor.userId === null) return false;
  if (p.organizationId !== null) return actor.organizationIds.includes(p.organizationId);
  return p.createdBy !== null && p.createdBy === actor.userId;
}

const isEditableByAuthor = (p: TPracticeResource) => p.status === 'draft' || p.status === 'returned';

const rules: Record<TPracticeAction, (actor: TPracticeActor, p: TPracticeResource) => boolean> = {
  view: (actor, p) => p.status === 'published' || isAuthorSide(actor, p) || isCurator(actor),
  create: (actor) => isMember(actor) || isCurator(actor),
  edit: (actor, p) => isCurator(actor) || (isAuthorSide(actor, p) && isEditableByAuthor(p)),
  translate: (actor, p) => isCurator(actor) || isAuthorSide(actor, p),
  submit: (actor, p) => isEditableByAuthor(p) && (isAuthorSide(actor, p) || isCurator(actor)),
  publish: (actor, p) => isCurator(actor) && p.status !== 'published',
  return: (actor, p) => isCurator(actor) && p.status === 'submitted',
  unpublish: (actor, p) => isCurator(actor) && p.status === 'published',
  verify: (actor, p) => isCurator(actor) && p.status === 'published',
  feature: (actor, p) => isCurator(actor) && p.status === 'published',
  viewRevisions: (actor, p) => isCurator(actor) || isAuthorSide(actor, p),
  listForReview: (actor) => isCurator(actor),
  import: (actor) => isCurator(actor),
};

const anyPractice: TPracticeResource = { status: 'draft', createdBy: null, organizationId: null };

export function can(
  actor: TPracticeActor,
  action: TPracticeAction,
  practice: TPracticeResource = anyPractice,
): boolean {
  return rules[action](actor, practice);
}

/** Throws 401 for an anonymous visitor and 403 (404 for what they may not even see) otherwise. */
export function authorize(
  actor: TPracticeActor,
  action: TPracticeAction,
  practice?: TPracticeResource,
): void {
  if (can(actor, action, practice)) return;
  if (practice && !can(actor, 'view', practice)) throw new AppError('not_found');
  if (actor.userId === null) throw new AppError('unauthenticated');
  throw new AppError('forbidden');
}
