/**
 * Who may do what with membership applications. Plain, declarative rules: one predicate per action,
 * walked by a table-driven test for every role.
 *
 * "The applicant's side" is whoever holds the application's secret link, the signed-in person who
 * started it, and, once accepted, the people of the organisation it created.
 */
export type TActor = {
  userId: string | null;
  /** Platform roles: admin, reviewer, curator, moderator. */
  roles: readonly string[];
  /** Organisation id → the person's role in it (owner, editor, member). */
  organizationRoles: ReadonlyMap<string, string>;
};

export const anonymousActor: TActor = { userId: null, roles: [], organizationRoles: new Map() };

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
] as const;
export type TMembershipAction = (typeof membershipActions)[number];

export function isSecretariat(actor: TActor): boolean {
  return actor.roles.includes('reviewer') || actor.roles.includes('admin');
}

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
};

const noApplication: TApplicationResource = {
  applicantUserId: null,
  organizationId: null,
  isKeyHolder: false,
};

export function can(
  actor: TActor,
  action: TMembershipAction,
  application: TApplicationResource = noApplication,
): boolean {
  return rules[action](actor, application);
}
