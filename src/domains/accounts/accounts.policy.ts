import { definePolicy } from '../../core/policy.ts';
import { isPlatformRole } from './accounts.schemas.ts';

/**
 * Who may do what with accounts and the administration pages. Declarative: each action names the
 * rule that grants it; nobody anonymous may do any of them. accounts.policy.test.ts walks every
 * role × action.
 */
export const accountActions = [
  'admin.view',
  'people.list',
  'roles.grant',
  'audit.read',
  'outbox.read',
] as const;
export type TAccountAction = (typeof accountActions)[number];

const hasAnyPlatformRole = (roles: readonly string[]) => roles.some(isPlatformRole);
const isAdmin = (roles: readonly string[]) => roles.includes('admin');

/** Nobody anonymous may do any of these; `authorize` throws 401 for them and 403 for the rest. */
export const { can, authorize } = definePolicy<TAccountAction, null>({
  rules: {
    'admin.view': (actor) => hasAnyPlatformRole(actor.roles),
    'people.list': (actor) => isAdmin(actor.roles),
    'roles.grant': (actor) => isAdmin(actor.roles),
    'audit.read': (actor) => isAdmin(actor.roles),
    'outbox.read': (actor) => isAdmin(actor.roles),
  },
  anyResource: null,
});
