import type { TActor } from '../../core/actor.ts';
import { organizationIdsOf } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import {
  citiesOf,
  conceptWeight,
  countriesOf,
  rankMatches,
  relatedShare,
  scoreMatch,
  type TMatch,
  type TTermCounts,
  topicsOf,
  widenedTopics,
} from './connection-matching.ts';
import { isListed, todayOf } from './connection-state.ts';
import { type TermMemory, termMemory } from './connection-term-memory.ts';
import { listingsByIds, listOrganizationListings, type TListing } from './connections.repository.ts';
import { oppositeKind } from './connections.schemas.ts';
import { topCandidates } from './top-candidates.ts';

/**
 * Matches for a listing: the open listings of the other kind that share a concept with it, scored and
 * explained (connection-matching.ts). Candidates are summed from the term memory (its index of open
 * listings' terms, connection-term-memory.ts, ADR 0044) and only the most promising are read from the
 * database and scored in full, so the cost follows the few listings shown, not the whole table.
 */
const CANDIDATES_READ = 80;
/** Listings of the same kind of help in the same city or country, read besides (a venue, volunteers). */
const NEARBY_READ = 40;

/** Term counts as `scoreMatch` reads them, from the memory. */
function frequenciesOf(memory: TermMemory): TTermCounts {
  return { total: memory.total, counts: { get: (term) => memory.count(term) || undefined } };
}

/** The ids worth reading for one listing: best by shared topic weight, then nearby help. */
function candidateIds(
  memory: TermMemory,
  listing: TListing,
  today: string,
  read = CANDIDATES_READ,
): string[] {
  const topics = topicsOf(listing);
  const own = new Set(topics);
  const kind = oppositeKind(listing.kind);
  const isCurrent = (id: string) => {
    const other = memory.listing(id);
    return other !== undefined && other.organization.id !== listing.organization.id && isListed(other, today);
  };
  // Each term's weight, in thousandths (as the database summed them before, so ties fall the same way).
  const sums = new Map<string, number>();
  for (const term of widenedTopics(topics)) {
    const weight = Math.round(
      conceptWeight(memory.total, memory.count(term)) * (own.has(term) ? 1 : relatedShare) * 1000,
    );
    for (const id of memory.listingsWith(term, kind)) sums.set(id, (sums.get(id) ?? 0) + weight);
  }
  // The best `read` by weight, without sorting every listing that shares a popular concept.
  const promising = topCandidates(sums, read, (id) => id !== listing.id && isCurrent(id));
  const help = memory.listingsWith(`help:${listing.helpKind}`, kind);
  const nearby = new Set<string>();
  const places = [
    ...citiesOf(listing),
    ...countriesOf(listing).map((code) => `country:${code.toLowerCase()}`),
  ];
  for (const place of places)
    for (const id of memory.listingsWith(place, kind)) if (help.has(id) && isCurrent(id)) nearby.add(id);
  // The newest first (ids sort by creation time), a bounded number.
  const newest = [...nearby].sort().reverse().slice(0, NEARBY_READ);
  return [...new Set([...promising, ...newest])];
}

function bestMatches(
  listing: TListing,
  candidates: readonly TListing[],
  frequencies: TTermCounts,
  today: string,
): TMatch[] {
  const matches = candidates
    .filter((c) => c.organization.id !== listing.organization.id && c.id !== listing.id && isListed(c, today))
    .map((candidate) => scoreMatch(listing, candidate, frequencies))
    .filter((m): m is TMatch => m !== null);
  return rankMatches(matches);
}

/** A few more than shown are read, in case one was closed or its organisation left meanwhile. */
const SPARE = 3;

/**
 * The best matches of each listing: scored on the memory's copies, then the few shown read from the
 * database (with their descriptions, and checked again: still open, still a member) and scored anew,
 * so the explanation is that of the stored listing.
 */
async function matchesOf(
  deps: TDeps,
  memory: TermMemory,
  listings: readonly TListing[],
  limit: number,
  read = CANDIDATES_READ,
): Promise<TMatch[][]> {
  const today = todayOf(deps);
  const frequencies = frequenciesOf(memory);
  const ranked = listings.map((listing) =>
    bestMatches(
      listing,
      candidateIds(memory, listing, today, read).flatMap((id) => memory.listing(id) ?? []),
      frequencies,
      today,
    ).slice(0, limit + SPARE),
  );
  const stored = new Map(
    (await listingsByIds(deps.db, [...new Set(ranked.flat().map((m) => m.listing.id))])).map(
      (l) => [l.id, l] as const,
    ),
  );
  return listings.map((listing, i) =>
    bestMatches(
      listing,
      (ranked[i] ?? []).flatMap((m) => stored.get(m.listing.id) ?? []),
      frequencies,
      today,
    ).slice(0, limit),
  );
}

/** `read`: how many candidates by topic weight are scored in full (the bench compares with all). */
export async function findMatches(
  deps: TDeps,
  listing: TListing,
  limit = 5,
  read = CANDIDATES_READ,
): Promise<TMatch[]> {
  const memory = await termMemory(deps.db);
  return (await matchesOf(deps, memory, [listing], limit, read))[0] ?? [];
}

export type TSuggestions = { listing: TListing; matches: TMatch[] }[];

/**
 * "Suggested for you": for each open listing of the person's organisations, its best matches. The
 * listings shown for all of them are read in one query.
 */
export async function suggestionsFor(deps: TDeps, actor: TActor, perListing = 3): Promise<TSuggestions> {
  const today = todayOf(deps);
  const own = (await listOrganizationListings(deps.db, organizationIdsOf(actor)))
    .filter((l) => isListed(l, today))
    .slice(0, 20);
  if (own.length === 0) return [];
  const memory = await termMemory(deps.db);
  const matches = await matchesOf(deps, memory, own, perListing);
  return own.map((listing, i) => ({ listing, matches: matches[i] ?? [] }));
}

/** The person's organisations' listings, open and closed (the workspace lists them to manage). */
export async function ownListings(deps: TDeps, actor: TActor): Promise<TListing[]> {
  return listOrganizationListings(deps.db, organizationIdsOf(actor));
}
