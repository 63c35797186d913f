/**
 * The accounts domain's door (ADR 0019): what other domains may use — the guards their pages put in
 * front of signed-in work, the sign-in address they send visitors to, and what the administration
 * pages read and change of people and their platform roles.
 */
export { formErrorsOf, requestMeta, requireSignedIn, signInPath } from '../../http/guards.ts';
export { linkTo } from './accounts.mail.ts';
export { authorize as authorizeAccounts, can as canAccounts } from './accounts.policy.ts';
export {
  countPeople,
  findUserByEmail,
  findUserById,
  listPeople,
  listRolesOfUsers,
  listUserNames,
} from './accounts.repository.ts';
export { platformRoles, ZRoleChange } from './accounts.schemas.ts';
export { prepareAccountFor, type TAccountForPerson } from './owner-accounts.service.ts';
export { grantRole, revokeRole } from './roles.service.ts';
export { roleLabel } from './views/role-label.ts';
