import { AppError } from '../../platform/errors.ts';
import type { TActor } from '../accounts/accounts.policy.ts';

/**
 * Who may do what with the observatory. Reading is public; loading a new release of a series is
 * the secretariat's work (curators and admins), as it changes figures shown everywhere.
 */
export const observatoryActions = ['importIndicators'] as const;
export type TObservatoryAction = (typeof observatoryActions)[number];

const rules: Record<TObservatoryAction, (roles: readonly string[]) => boolean> = {
  importIndicators: (roles) => roles.includes('admin') || roles.includes('curator'),
};

export function can(actor: TActor, action: TObservatoryAction): boolean {
  return actor !== null && rules[action](actor.roles);
}

export function authorize(actor: TActor, action: TObservatoryAction): asserts actor is NonNullable<TActor> {
  if (!actor) throw new AppError('unauthenticated');
  if (!can(actor, action)) throw new AppError('forbidden');
}
