import { isCurator, isSignedIn, type TActor, writerOrganizationIds, writerRoles } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';
import type { TEventStatus } from './event-vocabulary.ts';
import type { TEvent } from './events.record.ts';

/**
 * Who may do what with events. Organisers are the owners and editors of an event's organising member
 * organisations; curators and admins may act on any event. One predicate per action;
 * events.policy.test.ts walks every role × action × status.
 */
export type TEventResource = {
  status: TEventStatus;
  organizerIds: readonly string[];
  createdBy: string | null;
  /** On the public calendar (audience `public`), rather than for one community's readers (ADR 0070). */
  isListed: boolean;
  /** Whether the asking person is among those the event is for (always, for a listed event). */
  isInAudience: boolean;
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

/**
 * An owner or editor, as of today, of one of the organising organisations; for an event organised in
 * no organisation's name, the person who created it. Someone removed from the organisation (or now
 * only a member of it) no longer manages what they created there.
 */
function isOrganiser(actor: TActor, event: TEventResource): boolean {
  if (actor.userId === null) return false;
  if (event.organizerIds.length > 0) {
    return event.organizerIds.some((id) => writerRoles.includes(actor.organizationRoles.get(id) ?? ''));
  }
  return event.createdBy !== null && event.createdBy === actor.userId;
}

const isShown = (e: TEventResource) => e.status === 'published' || e.status === 'cancelled';
/** Shown to this person: published or cancelled, and public or for a community they read. */
const isVisibleTo = (e: TEventResource) => isShown(e) && (e.isListed || e.isInAudience);
const manages = (actor: TActor, e: TEventResource) => isCurator(actor) || isOrganiser(actor, e);

const rules: Record<TEventAction, (actor: TActor, event: TEventResource) => boolean> = {
  view: (actor, e) => isVisibleTo(e) || manages(actor, e),
  create: (actor) => isSignedIn(actor) && (writerOrganizationIds(actor).length > 0 || isCurator(actor)),
  edit: (actor, e) => manages(actor, e),
  publish: (actor, e) => e.status === 'draft' && manages(actor, e),
  cancel: (actor, e) => e.status === 'published' && manages(actor, e),
  viewAttendees: (actor, e) => manages(actor, e),
  editOutcome: (actor, e) => e.status !== 'cancelled' && manages(actor, e),
  register: (_actor, e) => e.status === 'published' && (e.isListed || e.isInAudience),
};

/** `authorize` answers 404 for what the person may not even see, 401 for anonymous visitors, 403 otherwise. */
export const { can, authorize } = definePolicy<TEventAction, TEventResource>({
  rules,
  anyResource: { status: 'draft', organizerIds: [], createdBy: null, isListed: true, isInAudience: true },
  seeAction: 'view',
});

/**
 * The event as the rules see it. `isInAudience` matters only for an event held for a community
 * (`eventResourceFor` in event-audience.ts works it out for a person); false by default.
 */
export function resourceOf(
  event: Pick<TEvent, 'status' | 'organizers' | 'createdBy' | 'audience'>,
  isInAudience = false,
): TEventResource {
  const isListed = event.audience === 'public';
  return {
    status: event.status,
    organizerIds: event.organizers.map((o) => o.id),
    createdBy: event.createdBy,
    isListed,
    isInAudience: isListed || isInAudience,
  };
}
