import type { TDeps } from '../deps.ts';
import type { TReindexCount } from '../platform/search/search-types.ts';
import type { TViewContext } from '../ui/view-context.ts';

/**
 * What each domain makes searchable, registered by compose.ts (ADR 0087): the search domain reads
 * this registry and imports no domain, so a new searchable record type is written in its own domain
 * folder and registered with one line in compose.ts. A domain writes its documents to the index
 * itself (its `*-indexing.ts`); here it says where a record of each type lives, how to walk all its
 * records again, and what a result card and the exports show beyond what the index holds.
 */

/** A value of a column of the search exports (search/search-export.ts lists the columns). */
export type TExportValue = string | number | boolean | string[] | null;

/** What a source adds to one hit, read from the record itself when the page is made. */
export type THitDetails = {
  /** The title and summary in the reader's language when the record is in another one. */
  translation?: { title: string; summary: string; language: string };
  /** Message keys of badges shown after the type's (a practice's kind). */
  badgeKeys?: readonly string[];
  /** Countries (ISO codes) listed on the card after the language. */
  countries?: readonly string[];
  /** Values of the export columns this record fills (the others stay empty). */
  columns?: Partial<Record<string, TExportValue>>;
};

/** A list of codes an export column uses, shown on the codebook page. */
export type TCodebookList = {
  /** The section's anchor (/open-data/codebook#kinds). */
  id: string;
  heading: string;
  items: ReadonlyArray<{ code: string; label: string; href?: string }>;
};

export type TSearchType = {
  /** Where its record pages are, under the reader's language: "/practices" → /en/practices/{slug}. */
  path: string;
  /** The message key of the type's name (the result's badge, the "type" facet). */
  labelKey: string;
};

export type TSearchSource = {
  /** Names the source in the reindex report ("offer and need"). */
  name: string;
  /** The document types its records are indexed as (search_documents.type). */
  types: Readonly<Record<string, TSearchType>>;
  /** Walks every record again: public ones (re)indexed, others removed, documents of gone records dropped. */
  reindex(deps: TDeps): Promise<TReindexCount>;
  /**
   * The facts a result card and the exports show for hits of its types, by record id. A hit whose id
   * the answer lacks is dropped (its record is gone or no longer public). Without it, hits are shown
   * as the index holds them.
   */
  details?(deps: TDeps, ids: readonly string[], locale: string): Promise<ReadonlyMap<string, THitDetails>>;
  /** Labels of values of the facets only its records carry (a practice's kind). */
  facetLabels?: Readonly<Record<string, (ctx: TViewContext, value: string) => string>>;
  /** The lists of codes its export columns use, for the codebook page. */
  codebook?(ctx: TViewContext): TCodebookList[];
};

const sources = new Map<string, TSearchSource>();

/** Registers a source (again under the same name: replaced); the returned function takes it out (tests). */
export function registerSearchSource(source: TSearchSource): () => void {
  sources.set(source.name, source);
  return () => {
    if (sources.get(source.name) === source) sources.delete(source.name);
  };
}

/** The sources in the order they were registered (the reindex walks them in this order). */
export function searchSources(): TSearchSource[] {
  return [...sources.values()];
}

export function searchSourceOf(type: string): TSearchSource | undefined {
  for (const source of sources.values()) if (Object.hasOwn(source.types, type)) return source;
  return undefined;
}

export function searchTypeOf(type: string): TSearchType | undefined {
  return searchSourceOf(type)?.types[type];
}
