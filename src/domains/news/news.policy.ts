import { isCurator, type TActor, writerOrganizationIds, writerRoles } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TNewsStatus } from './news.schemas.ts';

/**
 * Who may do what with news. Owners and editors of a member organisation write and publish news in
 * its name ("latest from members"); curators and admins write the alliance's own news and may act on
 * any article. news.policy.test.ts walks every role × action × status.
 */
export type TNewsResource = { status: TNewsStatus; organizationId: string | null; createdBy: string | null };

export const newsActions = ['view', 'create', 'edit', 'publish', 'unpublish'] as const;
export type TNewsAction = (typeof newsActions)[number];

function isWriter(actor: TActor, a: TNewsResource): boolean {
  if (actor.userId === null) return false;
  if (a.organizationId !== null)
    return writerRoles.includes(actor.organizationRoles.get(a.organizationId) ?? '');
  return a.createdBy === actor.userId;
}

const manages = (actor: TActor, a: TNewsResource) => isCurator(actor) || isWriter(actor, a);

const rules: Record<TNewsAction, (actor: TActor, a: TNewsResource) => boolean> = {
  view: (actor, a) => a.status === 'published' || manages(actor, a),
  create: (actor) => isCurator(actor) || writerOrganizationIds(actor).length > 0,
  edit: (actor, a) => manages(actor, a),
  publish: (actor, a) => a.status !== 'published' && manages(actor, a),
  unpublish: (actor, a) => a.status === 'published' && manages(actor, a),
};

export const { can, authorize } = definePolicy<TNewsAction, TNewsResource>({
  rules,
  anyResource: { status: 'draft', organizationId: null, createdBy: null },
  seeAction: 'view',
});
