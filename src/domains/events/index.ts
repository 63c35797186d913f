/**
 * The events domain's door (ADR 0019): what other domains may use. Pages, feeds and jobs are mounted
 * by compose.ts from their own files.
 */

export { registerEventAudience, type TAudienceCheck, type TEventAudience } from './event-audience.ts';
export { eventInputOfEvent } from './event-form.ts';
export { eventSearchSource } from './event-indexing.ts';
export { listRecommendations } from './event-outcomes.repository.ts';
export { addRecommendation, findRecommendations, saveOutcome } from './event-outcomes.service.ts';
export { eraseRegistrationsOf } from './event-registrations.service.ts';
export {
  findShownEventIdBySlug,
  readEventSummaries,
  readUpcomingEventSummaries,
  type TEventSummary,
} from './event-summaries.ts';
export type { TEvent, TRecommendationHit } from './events.record.ts';
export {
  findEventById,
  findMemberOrganizations,
  listMemberOrganizationChoices,
} from './events.repository.ts';
export {
  changeHeldEventsAudience,
  createEvent,
  createHeldEvent,
  readEvent,
  updateEvent,
} from './events.service.ts';
export { readReaderZone } from './reader-zone.ts';
