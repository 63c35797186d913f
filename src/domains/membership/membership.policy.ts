import { isSecretariat, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with membership applications. Plain, declarative rules: one predicate per action,
 * walked by a table-driven test for every role.
 *
 * "The applicant's side" is whoever holds the application's secret link, the signed-in person who
 * started it, and, once accepted, the people of the organisation it created.
 */
export type TApplicationResource = {
  applicantUserId: string | null;
  organizationId: string | null;
  /** The request presented this application's secret link. */
  isKeyHolder: boolean;
};

export const membershipActions = [
  'apply',
  'viewApplication',
  'editApplication',
  'withdrawApplication',
  'readLetter',
  'listApplications',
  'startReview',
  'readNotes',
  'addNote',
  'requestInformation',
  'acceptApplication',
  'declineApplication',
  'endMembership',
] as const;
export type TMembershipAction = (typeof membershipActions)[number];

function isApplicantSide(actor: TActor, application: TApplicationResource): boolean {
  if (application.isKeyHolder) return true;
  if (actor.userId !== null && actor.userId === application.applicantUserId) return true;
  return application.organizationId !== null && actor.organizationRoles.has(application.organizationId);
}

const rules: Record<TMembershipAction, (actor: TActor, application: TApplicationResource) => boolean> = {
  apply: () => true,
  viewApplication: (actor, a) => isApplicantSide(actor, a) || isSecretariat(actor),
  editApplication: (actor, a) => isApplicantSide(actor, a),
  withdrawApplication: (actor, a) => isApplicantSide(actor, a),
  readLetter: (actor, a) => isApplicantSide(actor, a) || isSecretariat(actor),
  listApplications: (actor) => isSecretariat(actor),
  startReview: (actor) => isSecretariat(actor),
  readNotes: (actor) => isSecretariat(actor),
  addNote: (actor) => isSecretariat(actor),
  requestInformation: (actor) => isSecretariat(actor),
  acceptApplication: (actor) => isSecretariat(actor),
  declineApplication: (actor) => isSecretariat(actor),
  // Leaving the alliance (ADR 0048): the organisation's owners, or the secretariat ending it.
  endMembership: (actor, a) =>
    isSecretariat(actor) ||
    (a.organizationId !== null && actor.organizationRoles.get(a.organizationId) === 'owner'),
};

export const { can, authorize } = definePolicy<TMembershipAction, TApplicationResource>({
  rules,
  anyResource: { applicantUserId: null, organizationId: null, isKeyHolder: false },
});
