import { AppError } from '../../platform/errors.ts';
import type { TActor } from '../membership/membership.policy.ts';
import type { TEventStatus } from './event-vocabulary.ts';
import type { TEvent } from './events.repository.ts';

/**
 * Who may do what with events. Organisers are the owners and editors of an event's organising member
 * organisations; curators and admins may act on any event. One predicate per action;
 * events.policy.test.ts walks every role × action × status.
 */
export type { TActor as TEventActor } from '../membership/membership.policy.ts';

export type TEventResource = {
  status: TEventStatus;
  organizerIds: readonly string[];
  createdBy: string | null;
};

export const eventActions = [
  'view',
  'create',
  'edit',
  'publish',
  'cancel',
  'viewAttendees',
  'editOutcome',
  'register',
] as const;
export type TEventAction = (typeof eventActions)[number];

/** Organisation roles that may organise events in the organisation's name. */
const organiserRoles = new Set(['owner', 'editor']);

export function isCurator(actor: TActor): boolean {
  return actor.roles.includes('curator') || actor.roles.includes('admin');
}

/** May organise in the name of at least one organisation. */
export function canOrganiseAny(actor: TActor): boolean {
  return [...actor.organizationRoles.values()].some((role) => organiserRoles.has(role));
}

/** The organisation ids the person may name as organisers (curators may name any, checked elsewhere). */
export function organiserOrganizationIds(actor: TActor): string[] {
  return [...actor.organizationRoles].filter(([, role]) => organiserRoles.has(role)).map(([id]) => id);
}

/**
 * An owner or editor, as of today, of one of the organising organisations; for an event organised in
 * no organisation's name, the person who created it. Someone removed from the organisation (or now
 * only a member of it) no longer manages what they created there.
 */
function isOrganiser(actor: TActor, event: TEventResource): boolean {
  if (actor.userId === null) return false;
  if (event.organizerIds.length > 0) {
    return event.organizerIds.some((id) => organiserRoles.has(actor.organizationRoles.get(id) ?? ''));
  }
  return event.createdBy !== null && event.createdBy === actor.userId;
}

const isPublic = (e: TEventResource) => e.status === 'published' || e.status === 'cancelled';
const manages = (actor: TActor, e: TEventResource) => isCurator(actor) || isOrganiser(actor, e);

const rules: Record<TEventAction, (actor: TActor, event: TEventResource) => boolean> = {
  view: (actor, e) => isPublic(e) || manages(actor, e),
  create: (actor) => actor.userId !== null && (canOrganiseAny(actor) || isCurator(actor)),
  edit: (actor, e) => manages(actor, e),
  publish: (actor, e) => e.status === 'draft' && manages(actor, e),
  cancel: (actor, e) => e.status === 'published' && manages(actor, e),
  viewAttendees: (actor, e) => manages(actor, e),
  editOutcome: (actor, e) => e.status !== 'cancelled' && manages(actor, e),
  register: (_actor, e) => e.status === 'published',
};

const anyEvent: TEventResource = { status: 'draft', organizerIds: [], createdBy: null };

export function can(actor: TActor, action: TEventAction, event: TEventResource = anyEvent): boolean {
  return rules[action](actor, event);
}

/** Throws 404 for what the person may not even see, 401 for anonymous visitors, 403 otherwise. */
export function authorize(actor: TActor, action: TEventAction, event?: TEventResource): void {
  if (can(actor, action, event)) return;
  if (event && !can(actor, 'view', event)) throw new AppError('not_found');
  if (actor.userId === null) throw new AppError('unauthenticated');
  throw new AppError('forbidden');
}

export function resourceOf(event: Pick<TEvent, 'status' | 'organizers' | 'createdBy'>): TEventResource {
  return {
    status: event.status,
    organizerIds: event.organizers.map((o) => o.id),
    createdBy: event.createdBy,
  };
}
