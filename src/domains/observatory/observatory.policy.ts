import { isCurator } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with the observatory. Reading is public; loading a new release of a series is
 * the secretariat's work (curators and admins), as it changes figures shown everywhere.
 */
export const observatoryActions = ['importIndicators'] as const;
export type TObservatoryAction = (typeof observatoryActions)[number];

/** `authorize` throws 401 for an anonymous visitor and 403 for anyone else without the permission. */
export const { can, authorize } = definePolicy<TObservatoryAction, null>({
  rules: { importIndicators: (actor) => isCurator(actor) },
  anyResource: null,
});
