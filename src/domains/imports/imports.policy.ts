import { isCurator, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TImportStatus } from './imports.schemas.ts';

/**
 * Who may import documents: curators and admins (the secretariat's people who confirm records), for
 * any import. Members do not import yet: an import reads any organisation's name into a draft, and
 * its source document stays private to the people who review it (docs/adr/0067).
 */
export type TImportResource = { status: TImportStatus };

export const importActions = ['view', 'create', 'review', 'draft', 'drop'] as const;
export type TImportAction = (typeof importActions)[number];

const rules: Record<TImportAction, (actor: TActor, r: TImportResource) => boolean> = {
  view: (actor) => isCurator(actor),
  create: (actor) => isCurator(actor),
  review: (actor, r) => isCurator(actor) && r.status === 'waiting',
  draft: (actor, r) => isCurator(actor) && r.status === 'waiting',
  drop: (actor, r) => isCurator(actor) && r.status === 'waiting',
};

export const { can, authorize } = definePolicy<TImportAction, TImportResource>({
  rules,
  anyResource: { status: 'waiting' },
  seeAction: 'view',
});
