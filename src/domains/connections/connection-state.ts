import type { TDeps } from '../../deps.ts';
import type { TListing } from './connections.record.ts';

/** Today in UTC (YYYY-MM-DD): a listing's "until" date is the last day it is listed. */
export function todayOf(deps: Pick<TDeps, 'clock'>): string {
  return deps.clock.now().toISOString().slice(0, 10);
}

export function isListed(listing: TListing, today: string): boolean {
  return (
    listing.status === 'open' &&
    listing.isOrganizationMember &&
    (listing.openUntil === null || listing.openUntil >= today)
  );
}

export function isExpired(listing: TListing, today: string): boolean {
  return listing.status === 'open' && listing.openUntil !== null && listing.openUntil < today;
}
