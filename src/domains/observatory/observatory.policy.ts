import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with the observatory. Reading is public; loading a new release of a series is
 * the secretariat's work (curators and admins), as it changes figures shown everywhere.
 */
export const observatoryActions = ['importIndicators'] as const;
export type TObservatoryAction = (typeof observatoryActions)[number];

export const { can, authorize } = definePolicy<TObservatoryAction, null>({
  rules: {
    importIndicators: (actor) => actor.roles.includes('admin') || actor.roles.includes('curator'),
  },
  anyResource: null,
});
