import { AppError } from '../../platform/errors.ts';
import type { TActor } from '../membership/membership.policy.ts';
import type { TNewsStatus } from './news.schemas.ts';

/**
 * Who may do what with news. Owners and editors of a member organisation write and publish news in
 * its name ("latest from members"); curators and admins write the alliance's own news and may act on
 * any article. news.policy.test.ts walks every role × action × status.
 */
export type TNewsResource = { status: TNewsStatus; organizationId: string | null; createdBy: string | null };

export const newsActions = ['view', 'create', 'edit', 'publish', 'unpublish'] as const;
export type TNewsAction = (typeof newsActions)[number];

const writerRoles = new Set(['owner', 'editor']);

export function isNewsCurator(actor: TActor): boolean {
  return actor.roles.includes('curator') || actor.roles.includes('admin');
}

export function writerOrganizationIds(actor: TActor): string[] {
  return [...actor.organizationRoles].filter(([, role]) => writerRoles.has(role)).map(([id]) => id);
}

function isWriter(actor: TActor, a: TNewsResource): boolean {
  if (actor.userId === null) return false;
  if (a.organizationId !== null) return writerRoles.has(actor.organizationRoles.get(a.organizationId) ?? '');
  return a.createdBy === actor.userId;
}

const manages = (actor: TActor, a: TNewsResource) => isNewsCurator(actor) || isWriter(actor, a);

const rules: Record<TNewsAction, (actor: TActor, a: TNewsResource) => boolean> = {
  view: (actor, a) => a.status === 'published' || manages(actor, a),
  create: (actor) => isNewsCurator(actor) || writerOrganizationIds(actor).length > 0,
  edit: (actor, a) => manages(actor, a),
  publish: (actor, a) => a.status !== 'published' && manages(actor, a),
  unpublish: (actor, a) => a.status === 'published' && manages(actor, a),
};

const anyArticle: TNewsResource = { status: 'draft', organizationId: null, createdBy: null };

export function can(actor: TActor, action: TNewsAction, article: TNewsResource = anyArticle): boolean {
  return rules[action](actor, article);
}

export function authorize(actor: TActor, action: TNewsAction, article?: TNewsResource): void {
  if (can(actor, action, article)) return;
  if (article && !can(actor, 'view', article)) throw new AppError('not_found');
  if (actor.userId === null) throw new AppError('unauthenticated');
  throw new AppError('forbidden');
}
