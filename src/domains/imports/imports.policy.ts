import { isCurator, isWriterOf, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TImportStatus } from './imports.schemas.ts';

/**
 * Who may import documents (docs/adr/0067, 0077): curators and admins, for any import; the owners and
 * editors of a member organisation, for their own organisation (the import and the draft it becomes
 * belong to it; its source stays private to that organisation and the curators). Nothing is published
 * here: a draft goes through its kind's own review.
 */
export type TImportResource = { status: TImportStatus; organizationId: string | null };

export const importActions = ['view', 'create', 'review', 'draft', 'drop'] as const;
export type TImportAction = (typeof importActions)[number];

/** A curator, or an owner or editor of the organisation the import belongs to. */
const isImportSide = (actor: TActor, r: TImportResource) =>
  isCurator(actor) || (r.organizationId !== null && isWriterOf(actor, r.organizationId));

const rules: Record<TImportAction, (actor: TActor, r: TImportResource) => boolean> = {
  view: (actor, r) => isImportSide(actor, r),
  create: (actor) => isCurator(actor) || writerOrganizationIds(actor).length > 0,
  review: (actor, r) => isImportSide(actor, r) && r.status === 'waiting',
  draft: (actor, r) => isImportSide(actor, r) && r.status === 'waiting',
  drop: (actor, r) => isImportSide(actor, r) && r.status === 'waiting',
};

export const { can, authorize } = definePolicy<TImportAction, TImportResource>({
  rules,
  anyResource: { status: 'waiting', organizationId: null },
  seeAction: 'view',
});

/** May list imports at all: a curator (every import) or a writer of some organisation (its own). */
export function canListImports(actor: TActor): boolean {
  return rules.create(actor, { status: 'waiting', organizationId: null });
}
