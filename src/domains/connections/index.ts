/**
 * The connections domain's public door: what other domains may read. Offers and needs of member
 * organisations (issue 14); routes are mounted by compose.ts, never re-exported here.
 */

export { registerConnectionJobs, scheduleConnectionExpiry } from './connection-expiry.service.ts';
export { listingSearchSource } from './connection-indexing.ts';
export { closeConnectionsOfLeaver } from './connection-leaving.service.ts';
export type { TListing } from './connections.record.ts';
export type { TListingKind } from './connections.schemas.ts';
export { listingPath } from './views/listing-card.tsx';
export { renderOrganizationListings } from './views/profile-listings.tsx';
