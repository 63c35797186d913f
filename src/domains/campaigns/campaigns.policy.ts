import { AppError } from '../../platform/errors.ts';
import type { TActor } from '../membership/membership.policy.ts';
import type { TCampaignStatus } from './campaigns.schemas.ts';

/**
 * Who may do what with campaigns. Owners and editors of a member organisation lead campaigns in its
 * name and endorse others' on its behalf; curators and admins may manage any campaign.
 * campaigns.policy.test.ts walks every role × action × status.
 */
export type TCampaignResource = {
  status: TCampaignStatus;
  organizationId: string | null;
  createdBy: string | null;
};

export const campaignActions = [
  'view',
  'create',
  'edit',
  'publish',
  'close',
  'unpublish',
  'endorse',
] as const;
export type TCampaignAction = (typeof campaignActions)[number];

const speakerRoles = new Set(['owner', 'editor']);

export function isCampaignCurator(actor: TActor): boolean {
  return actor.roles.includes('curator') || actor.roles.includes('admin');
}

/** Organisations the person may speak for (lead a campaign, endorse one). */
export function speakingForIds(actor: TActor): string[] {
  return [...actor.organizationRoles].filter(([, role]) => speakerRoles.has(role)).map(([id]) => id);
}

function isLead(actor: TActor, c: TCampaignResource): boolean {
  if (actor.userId === null) return false;
  if (c.createdBy === actor.userId) return true;
  return c.organizationId !== null && speakerRoles.has(actor.organizationRoles.get(c.organizationId) ?? '');
}

const manages = (actor: TActor, c: TCampaignResource) => isCampaignCurator(actor) || isLead(actor, c);

const rules: Record<TCampaignAction, (actor: TActor, c: TCampaignResource) => boolean> = {
  view: (actor, c) => c.status !== 'draft' || manages(actor, c),
  create: (actor) => isCampaignCurator(actor) || speakingForIds(actor).length > 0,
  edit: (actor, c) => manages(actor, c),
  publish: (actor, c) => c.status === 'draft' && manages(actor, c),
  close: (actor, c) => c.status === 'published' && manages(actor, c),
  /** Back to a draft: off the public list, the search and the API, until published again. */
  unpublish: (actor, c) => c.status !== 'draft' && manages(actor, c),
  endorse: (actor, c) => c.status === 'published' && speakingForIds(actor).length > 0,
};

const anyCampaign: TCampaignResource = { status: 'draft', organizationId: null, createdBy: null };

export function can(
  actor: TActor,
  action: TCampaignAction,
  campaign: TCampaignResource = anyCampaign,
): boolean {
  return rules[action](actor, campaign);
}

export function authorize(actor: TActor, action: TCampaignAction, campaign?: TCampaignResource): void {
  if (can(actor, action, campaign)) return;
  if (campaign && !can(actor, 'view', campaign)) throw new AppError('not_found');
  if (actor.userId === null) throw new AppError('unauthenticated');
  throw new AppError('forbidden');
}
