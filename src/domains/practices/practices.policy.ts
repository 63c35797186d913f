import { isCurator, isSignedIn, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TPracticeStatus } from './practice-vocabulary.ts';

/**
 * Who may do what with practices. One predicate per action; practices.policy.test.ts walks every
 * role × action × status. Members (people of a member organisation) write and submit their own
 * drafts; curators (and admins) review, edit, verify, feature and unpublish anything.
 */
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

/** Belongs to at least one organisation, whatever the role. */
function isMember(actor: TActor): boolean {
  return isSignedIn(actor) && actor.organizationRoles.size > 0;
}

/**
 * Anyone of the organisation it was written for, as of today; for a practice written for no
 * organisation, the person who wrote it. A writer who has left (or was removed from) the organisation
 * no longer counts: the practice stays with the organisation.
 */
function isAuthorSide(actor: TActor, p: TPracticeResource): boolean {
  if (actor.userId === null) return false;
  if (p.organizationId !== null) return actor.organizationRoles.has(p.organizationId);
  return p.createdBy !== null && p.createdBy === actor.userId;
}

const isEditableByAuthor = (p: TPracticeResource) => p.status === 'draft' || p.status === 'returned';

const rules: Record<TPracticeAction, (actor: TActor, p: TPracticeResource) => boolean> = {
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

/** `authorize` answers 404 for what the person may not even see, 401 for anonymous visitors, 403 otherwise. */
export const { can, authorize } = definePolicy<TPracticeAction, TPracticeResource>({
  rules,
  anyResource: { status: 'draft', createdBy: null, organizationId: null },
  seeAction: 'view',
});

/**
 * "Learn from this practice" (issue 14): shown to an owner or editor of another organisation, on a
 * published practice linked to an organisation. The connections domain judges the request itself.
 */
export function canLearnFrom(
  actor: TActor,
  p: Pick<TPracticeResource, 'status' | 'organizationId'>,
): boolean {
  return (
    p.status === 'published' &&
    !!p.organizationId &&
    writerOrganizationIds(actor).some((id) => id !== p.organizationId)
  );
}
