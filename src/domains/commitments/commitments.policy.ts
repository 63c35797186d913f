import {
  isSecretariat,
  isSignedIn,
  isWriterOf,
  type TActor,
  writerOrganizationIds,
} from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TCommitmentStatus } from './commitment-vocabulary.ts';

/**
 * Who may do what with commitments. One predicate per action; commitments.policy.test.ts walks
 * every role × action × status.
 *
 * - The makers' side is the people of the lead organisation and of the co-makers. Owners and editors
 *   write, submit and report; plain members only see unpublished work. A co-maker reports only once
 *   it has confirmed; until then its owners and editors may confirm or decline.
 * - The secretariat (reviewers and admins) reviews, publishes and returns, and runs reporting rounds;
 *   admins add cycles. The secretariat never reports on a maker's behalf.
 * - A published commitment leaves the public record when its lead's owners or editors withdraw it,
 *   or when the secretariat unpublishes it; either way it becomes "withdrawn" and its makers may
 *   rework and submit it again.
 */
export type TCommitmentResource = {
  status: TCommitmentStatus;
  leadOrganizationId: string;
  makers: readonly { organizationId: string; role: string; status: string }[];
};

export const commitmentActions = [
  'view',
  'create',
  'edit',
  'submit',
  'publish',
  'return',
  'withdraw',
  'unpublish',
  'respond',
  'report',
  'listForReview',
  'manageRounds',
  'manageCycles',
] as const;
export type TCommitmentAction = (typeof commitmentActions)[number];

function isLeadWriter(actor: TActor, c: TCommitmentResource): boolean {
  return isWriterOf(actor, c.leadOrganizationId);
}

/** Owner or editor of the lead or of a co-maker that confirmed: the people who answer for it. */
export function isReportingMaker(actor: TActor, c: TCommitmentResource): boolean {
  if (isLeadWriter(actor, c)) return true;
  return c.makers.some(
    (m) => m.role === 'co_maker' && m.status === 'confirmed' && isWriterOf(actor, m.organizationId),
  );
}

function isPendingCoMakerWriter(actor: TActor, c: TCommitmentResource): boolean {
  return c.makers.some(
    (m) => m.role === 'co_maker' && m.status === 'pending' && isWriterOf(actor, m.organizationId),
  );
}

function isMakerSide(actor: TActor, c: TCommitmentResource): boolean {
  if (actor.organizationRoles.has(c.leadOrganizationId)) return true;
  return c.makers.some((m) => actor.organizationRoles.has(m.organizationId));
}

const isEditableByMakers = (c: TCommitmentResource) =>
  c.status === 'draft' || c.status === 'returned' || c.status === 'withdrawn';

const rules: Record<TCommitmentAction, (actor: TActor, c: TCommitmentResource) => boolean> = {
  view: (actor, c) => c.status === 'published' || isMakerSide(actor, c) || isSecretariat(actor),
  create: (actor) => isSignedIn(actor) && (writerOrganizationIds(actor).length > 0 || isSecretariat(actor)),
  edit: (actor, c) => isSecretariat(actor) || (isLeadWriter(actor, c) && isEditableByMakers(c)),
  submit: (actor, c) => isEditableByMakers(c) && (isLeadWriter(actor, c) || isSecretariat(actor)),
  publish: (actor, c) => isSecretariat(actor) && c.status === 'submitted',
  return: (actor, c) => isSecretariat(actor) && c.status === 'submitted',
  withdraw: (actor, c) => c.status === 'published' && isLeadWriter(actor, c),
  unpublish: (actor, c) => c.status === 'published' && isSecretariat(actor),
  respond: (actor, c) => isPendingCoMakerWriter(actor, c),
  report: (actor, c) => c.status === 'published' && isReportingMaker(actor, c),
  listForReview: (actor) => isSecretariat(actor),
  manageRounds: (actor) => isSecretariat(actor),
  manageCycles: (actor) => actor.roles.includes('admin'),
};

/** `authorize` answers 401 for an anonymous visitor, 404 for what they may not even see, 403 otherwise. */
export const { can, authorize } = definePolicy<TCommitmentAction, TCommitmentResource>({
  rules,
  anyResource: { status: 'draft', leadOrganizationId: '', makers: [] },
  seeAction: 'view',
});

/**
 * Asking a commitment's lead organisation for an introduction (issue 14): shown to owners and editors
 * of another organisation, on a published commitment. The connections domain judges the request.
 */
export function canAskIntroduction(
  actor: TActor,
  c: { status: TCommitmentStatus; leadOrganizationId: string },
): boolean {
  return c.status === 'published' && writerOrganizationIds(actor).some((id) => id !== c.leadOrganizationId);
}
