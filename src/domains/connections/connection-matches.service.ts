import type { TActor } from '../../core/actor.ts';
import { organizationIdsOf } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import {
  citiesOf,
  countriesOf,
  rankMatches,
  relatedShare,
  scoreMatch,
  type TMatch,
  topicsOf,
  widenedTopics,
} from './connection-matching.ts';
import { isListed, todayOf } from './connection-state.ts';
import {
  candidatesNearby,
  listingsByIds,
  listOrganizationListings,
  type TListing,
  termFrequencies,
  topCandidates,
} from './connections.repository.ts';
import { oppositeKind } from './connections.schemas.ts';

/**
 * Matches for a listing: the open listings of the other kind that share a concept with it, scored and
 * explained (connection-matching.ts). Candidates are found through the term index and the most
 * promising by shared concepts are read in full, so the cost follows the few terms of one listing.
 */
const CANDIDATES_READ = 80;

function weightOf(
  frequencies: { total: number; counts: ReadonlyMap<string, number> },
  term: string,
  isOwn: boolean,
) {
  return (
    Math.log(1 + Math.max(1, frequencies.total) / Math.max(1, frequencies.counts.get(term) ?? 1)) *
    (isOwn ? 1 : relatedShare)
  );
}

export async function findMatches(deps: TDeps, listing: TListing, limit = 5): Promise<TMatch[]> {
  const today = todayOf(deps);
  const topics = topicsOf(listing);
  const terms = widenedTopics(topics);
  const own = new Set(topics);
  const frequencies = await termFrequencies(deps.db, terms);
  const weights = new Map(terms.map((term) => [term, weightOf(frequencies, term, own.has(term))]));
  const promising = await topCandidates(deps.db, {
    weights,
    kind: oppositeKind(listing.kind),
    excludeListingId: listing.id,
    limit: CANDIDATES_READ,
  });
  const nearby = await candidatesNearby(deps.db, {
    helpKind: listing.helpKind,
    placeTerms: [
      ...citiesOf(listing),
      ...countriesOf(listing).map((code) => `country:${code.toLowerCase()}`),
    ],
    kind: oppositeKind(listing.kind),
    excludeOrganizationId: listing.organization.id,
    today,
  });
  const candidates = (await listingsByIds(deps.db, [...new Set([...promising, ...nearby])])).filter(
    (c) => c.organization.id !== listing.organization.id && isListed(c, today),
  );
  // Every topic of every candidate weighs by its own rarity (a listing about many things is broad).
  const unknown = [...new Set(candidates.flatMap((c) => topicsOf(c)))].filter(
    (id) => !frequencies.counts.has(id),
  );
  if (unknown.length > 0) {
    const more = await termFrequencies(deps.db, unknown);
    for (const [term, count] of more.counts) frequencies.counts.set(term, count);
  }
  const matches = candidates
    .map((candidate) => scoreMatch(listing, candidate, frequencies))
    .filter((m): m is TMatch => m !== null);
  return rankMatches(matches).slice(0, limit);
}

export type TSuggestions = { listing: TListing; matches: TMatch[] }[];

/** "Suggested for you": for each open listing of the person's organisations, its best matches. */
export async function suggestionsFor(deps: TDeps, actor: TActor, perListing = 3): Promise<TSuggestions> {
  const today = todayOf(deps);
  const own = (await listOrganizationListings(deps.db, organizationIdsOf(actor))).filter((l) =>
    isListed(l, today),
  );
  const suggestions: TSuggestions = [];
  for (const listing of own.slice(0, 20))
    suggestions.push({ listing, matches: await findMatches(deps, listing, perListing) });
  return suggestions;
}

/** The person's organisations' listings, open and closed (the workspace lists them to manage). */
export async function ownListings(deps: TDeps, actor: TActor): Promise<TListing[]> {
  return listOrganizationListings(deps.db, organizationIdsOf(actor));
}
