import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { markdownToText } from '../../platform/markdown.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import { countriesOf, regionsOf, topicsOf } from './connection-matching.ts';
import { isListed, todayOf } from './connection-state.ts';
import type { TListing } from './connections.record.ts';
import { listingRows } from './connections.repository.ts';

/**
 * Keeps the hub's search in step with offers and needs: a listed one is a document of type "offer" or
 * "need" (its id stands for the slug), with its concepts, countries and regions as facets; a closed,
 * expired or former member's one is not. Written in the transaction that changes the listing.
 */
export function listingSearchDocument(listing: TListing): TSearchDocument {
  const countries = countriesOf(listing);
  return {
    id: listing.id,
    type: listing.kind,
    slug: listing.id,
    language: listing.language,
    title: listing.title,
    summary: markdownToText(listing.description).slice(0, 600),
    body: [markdownToText(listing.description), listing.organization.name].join('\n'),
    publishedAt: listing.createdAt,
    facets: [
      { facet: 'language', value: listing.language },
      ...countries.map((value) => ({ facet: 'country', value })),
      ...regionsOf(listing).map((value) => ({ facet: 'region', value })),
      ...topicsOf(listing)
        .filter((id) => id.startsWith('theme:'))
        .map((value) => ({ facet: 'theme', value })),
      { facet: 'year', value: listing.createdAt.slice(0, 4) },
    ],
    concepts: [...listing.concepts, ...countries.map((code) => `country:${code.toLowerCase()}`)],
  };
}

export async function syncListingIndex(deps: TDeps, listing: TListing, db?: TDb): Promise<boolean> {
  const isShown = isListed(listing, todayOf(deps));
  if (isShown) await deps.search.upsertDocument(listingSearchDocument(listing), db ? { db } : {});
  else await deps.search.removeDocument(listing.id, db ? { db } : {});
  return isShown;
}

/** Syncs every listing's document and drops those of listings that are gone (the search reindex). */
export async function reindexAllListings(deps: TDeps): Promise<TReindexCount> {
  const sync = (listing: TListing, trx: TDb) => syncListingIndex(deps, listing, trx);
  // One walk per document type, so that stale documents of either kind are dropped.
  await deps.search.reindexRecords('need', listingRows, sync);
  return deps.search.reindexRecords('offer', listingRows, sync);
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const listingSearchSource: TSearchSource = {
  name: 'offer and need',
  types: {
    offer: { path: '/connections/offers', labelKey: 'search.type.offer' },
    need: { path: '/connections/needs', labelKey: 'search.type.need' },
  },
  reindex: reindexAllListings,
};
