import type { TDb } from '../db/database.ts';
import type { TRecordRows } from '../db/record-rows.ts';
import type { TDocumentAnalysis } from './analyser.ts';
import type { TIndexAnalysis } from './document-analysis.ts';
import type { TAnalysedQuery, TMatchMode } from './query-model.ts';

/** A record as the index sees it. Domains map their records to this shape; the index knows no domain. */
export type TSearchDocument = {
  id: string;
  /** 'practice' | 'organization' | 'event' | 'news' | 'commitment' | 'campaign' … (also the facet "type"). */
  type: string;
  slug: string;
  /** The record's original language (BCP 47); also the facet "language". */
  language: string;
  title: string;
  summary: string;
  body: string;
  /** ISO-8601 UTC, for "newest" and the recency tie-break. */
  publishedAt: string;
  /** Filterable, countable values: { facet: 'theme', value: 'theme:early_childhood' }, country, year … */
  facets: Array<{ facet: string; value: string }>;
  /** Concept ids people tagged the record with (counted as strongly as text that names them twice). */
  concepts?: readonly string[];
  /** Names of the places the record declares (cities), read in the hub's gazetteer of places. */
  places?: readonly string[];
};

export type TSearchSort = 'relevance' | 'newest';

export type TSearchRequest = {
  query: string;
  /** Shortcut for filters.type. */
  types?: string[];
  /** Facet → accepted values: values of one facet are alternatives (OR), facets combine with AND. */
  filters?: Record<string, string[]>;
  sort?: TSearchSort;
  limit?: number;
  offset?: number;
  /** The interface locale: a hint for short queries, which are also stemmed in it. */
  locale: string;
};

export type TSearchHit = {
  id: string;
  type: string;
  slug: string;
  /** Plain text, as stored (escape it when rendering). */
  title: string;
  /** HTML: the title with matching words in <mark>, everything else escaped. */
  titleHtml: string;
  language: string;
  publishedAt: string;
  /** HTML: the text around the first matches, matches in <mark>, everything else escaped. */
  snippet: string;
  /** Engine score, higher is better; comparable only within one result list. */
  score: number;
  /** The record's language is not the query's (detected, the interface locale deciding for short queries). */
  isOtherLanguage: boolean;
  /** Why it matched, for a ranked query: the query's words it holds, the concepts and places it carries. */
  matched: TMatchReason[];
};

/** One reason a record matched: some of the query's own words, a concept, or a place (a concept too). */
export type TMatchReason = { kind: 'words'; text: string } | { kind: 'concept' | 'place'; conceptId: string };

export type TFacetCount = { value: string; count: number };

export type TSearchResult = {
  items: TSearchHit[];
  /** The number of matches; a lower bound when isTotalExact is false (counting stops at 10,000). */
  total: number;
  isTotalExact: boolean;
  /**
   * Counts per facet value, most frequent first; always has "type" and "language". They cover every
   * match, or — when more documents match than a search ranks (see docs/adr/0014) — the
   * `facetsSampleSize` candidates it ranked.
   */
  facets: Record<string, TFacetCount[]>;
  facetsSampleSize?: number;
  /**
   * Set only when the query as typed matched nothing and this correction does: items and total are
   * then the results of the correction ("Showing results for …").
   */
  didYouMean?: string;
  query: Pick<TAnalysedQuery, 'text' | 'language' | 'languages' | 'concepts' | 'isEmpty'>;
};

export type TWriteOptions = {
  /** Run inside the caller's transaction (e.g. the one that publishes the record). */
  db?: TDb;
};

/** What a reindex of one type of record did: records walked, of which public (indexed), stale documents removed. */
export type TReindexCount = { records: number; indexed: number; stale: number };

export type TSearchIndex = {
  /** Adds or replaces a document (analysed here unless the analysis is given). */
  upsertDocument(
    doc: TSearchDocument,
    options?: TWriteOptions & { analysis?: TDocumentAnalysis },
  ): Promise<void>;
  /**
   * Adds or replaces many documents at once (the bulk import's chunk): the same rows as
   * `upsertDocument` for each, written with a statement per table for the documents not yet indexed.
   */
  upsertDocuments(
    docs: readonly TSearchDocument[],
    options?: TWriteOptions & {
      /** Analyses computed already (`analyseSearchText` of the same document, e.g. in a worker), by position. */
      analyses?: ReadonlyArray<TIndexAnalysis | undefined>;
    },
  ): Promise<void>;
  removeDocument(id: string, options?: TWriteOptions): Promise<void>;
  search(request: TSearchRequest): Promise<TSearchResult>;
  /**
   * Re-analyses every indexed document from the index's own tables when a migration changed the
   * index's format (search_state "rebuild") or the analyser's fingerprint is not the one the index was
   * analysed by (search_state "analyser", ADR 0126); returns how many documents were re-indexed.
   */
  rebuildIfRequired(onProgress?: (done: number) => void): Promise<number>;
  /**
   * Syncs the document of every record of one table (reindex-records.ts), then removes the documents
   * of `type` whose record is gone: for an operator's reindex, or records older than their indexing.
   */
  reindexRecords<T>(
    type: string,
    rows: TRecordRows<T>,
    sync: (record: T, trx: TDb) => Promise<boolean>,
  ): Promise<TReindexCount>;
  /** Whether a migration asked for every record to be indexed again (search_state "reindex", 0012). */
  isReindexRequired(): Promise<boolean>;
  clearReindexRequired(): Promise<void>;
};

/** What one engine must answer; the shared flow (search-index.ts) does the rest. */
export type TEngineQuery = {
  /** Absent: every document (the browse view). */
  match?: { query: TAnalysedQuery; mode: TMatchMode };
  filters: Array<[facet: string, values: string[]]>;
  sort: TSearchSort;
  limit: number;
  offset: number;
  /** The reader's language: it breaks ties in the ranking, never more. */
  readerLanguage?: string;
};

/** One page of an engine's answer, with the total and the facet counts. */
export type TEngineFound = {
  rows: TEngineRow[];
  total: number;
  isTotalExact: boolean;
  facets: Array<{ facet: string; value: string; count: number }>;
  /** Set when the facets were counted over this many ranked candidates rather than every match. */
  facetsSampleSize?: number;
};

export type TEngineRow = {
  id: string;
  type: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  published_at: string;
  score: number;
  matched?: TMatchReason[];
};

export type TSearchEngine = {
  write(db: TDb, doc: TSearchDocument, analysis: TDocumentAnalysis): Promise<void>;
  /** `write` for many documents, in order, with a statement per table for those not yet indexed. */
  writeMany(db: TDb, items: ReadonlyArray<{ doc: TSearchDocument; analysis: TIndexAnalysis }>): Promise<void>;
  remove(db: TDb, id: string): Promise<void>;
  find(query: TEngineQuery): Promise<TEngineFound>;
  hasMatch(match: { query: TAnalysedQuery; mode: TMatchMode }): Promise<boolean>;
  /** Whether any document holds one of these index tokens (answered from the kept word postings). */
  holdsAnyToken(tokens: readonly string[]): Promise<boolean>;
  /** Documents holding any of `tokens`, and those of them also holding `alongWith` (kept postings). */
  countHolders(tokens: readonly string[], alongWith: string): Promise<{ holding: number; alongWith: number }>;
  /**
   * Reads into the kept word postings, at once, every list a relevance search of `query` asks for but
   * its prefixes: the whole-word test and the ranking then read them from memory (one trip to the
   * engine instead of two for a query whose last word is also a prefix).
   */
  readAhead(query: TAnalysedQuery): Promise<void>;
  /** Title and summary vocabulary starting with `prefix`, for "did you mean". */
  vocabulary(prefix: string): Promise<Array<{ term: string; docCount: number }>>;
};
