import { searchSourceOf, searchSources, type THitDetails } from '../../core/search-sources.ts';
import { sectionEntry, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import type { TSearchHit, TSearchResult } from '../../platform/search/search-index.ts';
import type { THubSearchQuery } from './search.schemas.ts';

/**
 * The one search box: asks the index, then asks each hit's search source (core/search-sources.ts)
 * for the facts its result card and the exports show. A hit whose source drops it (its record is
 * gone or unpublished) is not shown.
 */
export type THubHit = TSearchHit & {
  /** What the record's own domain adds: badges, countries, export columns. */
  details?: THitDetails;
  /**
   * The title and summary in the reader's language, when the record is in another one and the hub
   * holds a translation (issue 12): the page shows these, marks the original language and links to it.
   */
  translation?: THitDetails['translation'];
};

export type THubResult = Omit<TSearchResult, 'items'> & { items: THubHit[] };

/** Each source's details for its hits on this page, by hit id; a source without details is left out. */
async function detailsOf(
  deps: TDeps,
  hits: readonly TSearchHit[],
  locale: string,
): Promise<Map<string, ReadonlyMap<string, THitDetails>>> {
  const bySource = new Map<string, ReadonlyMap<string, THitDetails>>();
  for (const source of searchSources()) {
    if (!source.details) continue;
    const ids = hits.filter((hit) => searchSourceOf(hit.type) === source).map((hit) => hit.id);
    if (ids.length > 0) bySource.set(source.name, await source.details(deps, ids, locale));
  }
  return bySource;
}

export async function searchHub(deps: TDeps, query: THubSearchQuery, locale: string): Promise<THubResult> {
  const result = await deps.search.search({
    query: query.q,
    filters: query.filters,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
    locale,
  });
  const details = await detailsOf(deps, result.items, locale);
  const items = result.items.flatMap((hit): THubHit[] => {
    const source = searchSourceOf(hit.type);
    const found = source ? details.get(source.name) : undefined;
    if (!found) return [hit];
    const own = found.get(hit.id);
    if (!own) return [];
    return [
      own.translation ? { ...hit, details: own, translation: own.translation } : { ...hit, details: own },
    ];
  });
  return { ...result, items };
}

/** Up to `max` results of a search, page by page, for CSV and JSON exports. */
export async function collectForExport(deps: TDeps, query: THubSearchQuery, locale: string, max: number) {
  const items: THubHit[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += 100) {
    const page = await searchHub(deps, { ...query, offset, limit: Math.min(100, max - offset) }, locale);
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || offset + 100 >= page.total) break;
  }
  return { items, total };
}

/** The search page and the exports' codebook in every language, for /sitemap.xml (core/sitemap.ts). */
export const searchSitemapSource: TSitemapSource = {
  name: 'search',
  entries: async () => [sectionEntry('/search'), sectionEntry('/open-data/codebook')],
};
