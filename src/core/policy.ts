import { AppError } from '../platform/errors.ts';
import type { TActor } from './actor.ts';

/** One rule per action: may this actor do it to this resource? */
export type TRule<TResource> = (actor: TActor, resource: TResource) => boolean;

export type TPolicy<TAction extends string, TResource> = {
  /** Whether the actor may do the action (to `resource`, or to any resource when none is given). */
  can: (actor: TActor, action: TAction, resource?: TResource) => boolean;
  /**
   * Returns when allowed; otherwise throws 404 for a resource the actor may not even see (when the
   * policy names a `seeAction`), 401 for an anonymous visitor and 403 for everyone else.
   */
  authorize: (actor: TActor, action: TAction, resource?: TResource) => void;
};

/**
 * Every domain's policy has the same shape: a table of plain predicates, one per action, walked by a
 * table-driven test for every role. This turns the table into `can` and `authorize`.
 */
export function definePolicy<TAction extends string, TResource>(options: {
  rules: Record<TAction, TRule<TResource>>;
  /** What the rules see when asked without a resource ("may this person create one at all?"). */
  anyResource: TResource;
  /** The action that decides whether the actor may know a resource exists; refusing it answers 404. */
  seeAction?: TAction;
}): TPolicy<TAction, TResource> {
  const { rules, anyResource, seeAction } = options;
  const can = (actor: TActor, action: TAction, resource: TResource = anyResource): boolean =>
    rules[action](actor, resource);
  const authorize = (actor: TActor, action: TAction, resource?: TResource): void => {
    if (can(actor, action, resource)) return;
    if (resource !== undefined && seeAction !== undefined && !can(actor, seeAction, resource)) {
      throw new AppError('not_found');
    }
    if (actor.userId === null) throw new AppError('unauthenticated');
    throw new AppError('forbidden');
  };
  return { can, authorize };
}
