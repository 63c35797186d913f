import { AppError } from '../../platform/errors.ts';
import { isPlatformRole } from './accounts.schemas.ts';

/**
 * Who may do what with accounts and the administration pages. Declarative: each action names the
 * rule that grants it; nobody anonymous may do any of them. accounts.policy.test.ts walks every
 * role × action.
 */
export type TActor = { id: string; roles: readonly string[] } | null;

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

const rules: Record<TAccountAction, (roles: readonly string[]) => boolean> = {
  /** The administration area itself: anyone with a platform role (each sees the tools of their role). */
  'admin.view': hasAnyPlatformRole,
  'people.list': isAdmin,
  'roles.grant': isAdmin,
  'audit.read': isAdmin,
  'outbox.read': isAdmin,
};

export function can(actor: TActor, action: TAccountAction): boolean {
  if (!actor) return false;
  return rules[action](actor.roles);
}

/** Throws 401 for an anonymous visitor and 403 for someone without the permission. */
export function authorize(actor: TActor, action: TAccountAction): asserts actor is NonNullable<TActor> {
  if (!actor) throw new AppError('unauthenticated');
  if (!can(actor, action)) throw new AppError('forbidden');
}
