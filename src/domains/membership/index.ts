/**
 * The membership domain's door (ADR 0019): what other domains may use. Pages are mounted by
 * compose.ts from their own files.
 */

export { can as canMembership } from './membership.policy.ts';
export {
  registerMembershipEndHook,
  type TMembershipEnd,
  type TMembershipEndHook,
} from './membership-ending.ts';
