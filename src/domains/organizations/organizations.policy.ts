import { isSecretariat, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with organisations. The people of an organisation have one role each:
 * owner (everything, including people), editor (the profile), member (sees private details).
 */
export const organizationRoles = ['owner', 'editor', 'member'] as const;
export type TOrganizationRole = (typeof organizationRoles)[number];

export function isOrganizationRole(value: string): value is TOrganizationRole {
  return (organizationRoles as readonly string[]).includes(value);
}

export type TOrganizationResource = { id: string; membershipStatus: string };

export const organizationActions = [
  'view',
  'viewPrivate',
  'edit',
  'managePeople',
  'designateChampion',
  'editChampionCriteria',
] as const;
export type TOrganizationAction = (typeof organizationActions)[number];

function roleIn(actor: TActor, organization: TOrganizationResource): string | undefined {
  return actor.organizationRoles.get(organization.id);
}

const rules: Record<TOrganizationAction, (actor: TActor, organization: TOrganizationResource) => boolean> = {
  view: (actor, o) => o.membershipStatus === 'member' || rules.viewPrivate(actor, o),
  viewPrivate: (actor, o) => roleIn(actor, o) !== undefined || isSecretariat(actor),
  edit: (actor, o) => ['owner', 'editor'].includes(roleIn(actor, o) ?? '') || actor.roles.includes('admin'),
  managePeople: (actor, o) => roleIn(actor, o) === 'owner' || actor.roles.includes('admin'),
  designateChampion: (actor) => actor.roles.includes('admin'),
  editChampionCriteria: (actor) => isSecretariat(actor),
};

export const { can, authorize } = definePolicy<TOrganizationAction, TOrganizationResource>({
  rules,
  anyResource: { id: '', membershipStatus: 'member' },
  seeAction: 'view',
});
