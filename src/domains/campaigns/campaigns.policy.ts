import { isCurator, type TActor, writerOrganizationIds, writerRoles } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
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

function isLead(actor: TActor, c: TCampaignResource): boolean {
  if (actor.userId === null) return false;
  if (c.createdBy === actor.userId) return true;
  return (
    c.organizationId !== null && writerRoles.includes(actor.organizationRoles.get(c.organizationId) ?? '')
  );
}

const manages = (actor: TActor, c: TCampaignResource) => isCurator(actor) || isLead(actor, c);

const rules: Record<TCampaignAction, (actor: TActor, c: TCampaignResource) => boolean> = {
  view: (actor, c) => c.status !== 'draft' || manages(actor, c),
  create: (actor) => isCurator(actor) || writerOrganizationIds(actor).length > 0,
  edit: (actor, c) => manages(actor, c),
  publish: (actor, c) => c.status === 'draft' && manages(actor, c),
  close: (actor, c) => c.status === 'published' && manages(actor, c),
  /** Back to a draft: off the public list, the search and the API, until published again. */
  unpublish: (actor, c) => c.status !== 'draft' && manages(actor, c),
  endorse: (actor, c) => c.status === 'published' && writerOrganizationIds(actor).length > 0,
};

export const { can, authorize } = definePolicy<TCampaignAction, TCampaignResource>({
  rules,
  anyResource: { status: 'draft', organizationId: null, createdBy: null },
  seeAction: 'view',
});
