/**
 * The closed lists an event is described with. Labels live in events.json under the same names
 * (events.kind.<value>, events.format.<value>, events.registration.<value>, events.verb.<value>).
 */
export const eventKinds = ['conference', 'side_event', 'webinar', 'meeting', 'training'] as const;
export type TEventKind = (typeof eventKinds)[number];

export const eventFormats = ['in_person', 'online', 'hybrid'] as const;
export type TEventFormat = (typeof eventFormats)[number];

/** draft → published → cancelled (a cancelled event stays visible, marked, and in calendars). */
export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export type TEventStatus = (typeof eventStatuses)[number];

/** none: just come; external: someone else's form; platform: on Carehub, with capacity and a waiting list. */
export const registrationModes = ['none', 'external', 'platform'] as const;
export type TRegistrationMode = (typeof registrationModes)[number];

export const registrationStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export type TRegistrationStatus = (typeof registrationStatuses)[number];

/** What a recommendation of an outcome does, as conference declarations word it. */
export const recommendationVerbs = ['recommends', 'calls_for', 'stresses', 'points_to'] as const;
export type TRecommendationVerb = (typeof recommendationVerbs)[number];

/**
 * Whom a recommendation addresses, ticked in the form and shown in the reader's language. Stored as
 * these keys; anyone else is written as typed ("other" rows) and shown as written.
 */
export const addresseeKinds = [
  'governments',
  'parliaments',
  'local_authorities',
  'international_organisations',
  'private_sector',
  'employers',
  'trade_unions',
  'civil_society',
  'care_providers',
  'universities',
  'media',
] as const;
export type TAddresseeKind = (typeof addresseeKinds)[number];

/** Facets of the calendar page (and of /calendar.ics), in the order the filters are shown. */
export const calendarFacets = ['kind', 'format', 'theme', 'country', 'language', 'organizer'] as const;
export type TCalendarFacet = (typeof calendarFacets)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
