import { isSecretariat, isWriterOf, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with offers and needs. Anyone may read a listing (they are public by design: the
 * alliance's space for connections); the owners and editors of the organisation publish, edit and
 * close its listings; the secretariat may close any listing (a listing that breaks the rules).
 * connections.policy.test.ts walks every role × action.
 */
export type TListingResource = { organizationId: string | null; isOpen: boolean };

export const listingActions = ['view', 'create', 'edit', 'close'] as const;
export type TListingAction = (typeof listingActions)[number];

const writes = (actor: TActor, r: TListingResource) =>
  r.organizationId !== null && isWriterOf(actor, r.organizationId);

const rules: Record<TListingAction, (actor: TActor, r: TListingResource) => boolean> = {
  view: () => true,
  create: (actor, r) =>
    r.organizationId === null ? writerOrganizationIds(actor).length > 0 : writes(actor, r),
  edit: (actor, r) => r.isOpen && writes(actor, r),
  close: (actor, r) => r.isOpen && (writes(actor, r) || isSecretariat(actor)),
};

export const { can, authorize } = definePolicy<TListingAction, TListingResource>({
  rules,
  anyResource: { organizationId: null, isOpen: true },
  seeAction: 'view',
});
