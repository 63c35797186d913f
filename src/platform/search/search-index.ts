import type { TDatabaseHandle } from '../db/database.ts';
import type { TAnalyser } from './analyser.ts';
import {
  correctUnknownWords,
  describeCorrection,
  withoutConceptsReadOtherwise,
  withoutPlacesReadOtherwise,
} from './did-you-mean.ts';
import { analyseSearchText } from './document-analysis.ts';
import { createFts5Engine } from './fts5-index.ts';
import { groupFacetCounts } from './index-rows.ts';
import { baseLanguage, UNDETERMINED } from './languages.ts';
import { dropWholeWordPrefixes } from './prefix-words.ts';
import type { TAnalysedQuery, TMatchMode } from './query-model.ts';
import { rebuildIfRequired } from './rebuild-index.ts';
import { clearReindexRequired, isReindexRequired, reindexRecords } from './reindex-records.ts';
import type { TRelevanceOptions } from './relevance.ts';
import type {
  TEngineFound,
  TEngineQuery,
  TSearchDocument,
  TSearchEngine,
  TSearchHit,
  TSearchIndex,
  TSearchRequest,
  TSearchResult,
  TWriteOptions,
} from './search-types.ts';
import { buildSnippet, highlightText } from './snippet.ts';
import { createTsvectorEngine } from './tsvector-index.ts';

export { analyseSearchText } from './document-analysis.ts';
export type * from './search-types.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_OFFSET = 10_000;

/**
 * One search index over either database: FTS5 on SQLite, tsvector + GIN on PostgreSQL, fed by the
 * same analyser. A search tries every word (or the concept it names) first; when that finds nothing
 * it tries, for a short query, a correction of unknown words ("did you mean"), then any word.
 */
export function createSearchIndex(
  handle: Pick<TDatabaseHandle, 'db' | 'dialect'>,
  analyser: TAnalyser,
  options: TRelevanceOptions = {},
): TSearchIndex {
  const engine: TSearchEngine =
    handle.dialect === 'postgres'
      ? createTsvectorEngine(handle.db, options)
      : createFts5Engine(handle.db, options);

  function runQuery(base: Omit<TEngineQuery, 'match'>, query: TAnalysedQuery, mode: TMatchMode) {
    return engine.find({ ...base, match: { query, mode } });
  }

  async function search(request: TSearchRequest): Promise<TSearchResult> {
    const query = await withoutConceptsReadOtherwise(
      engine,
      await withoutPlacesReadOtherwise(
        engine,
        analyser.analyseQuery(request.query, { locale: request.locale }),
      ),
    );
    const filters = Object.entries({ ...request.filters, ...(request.types ? { type: request.types } : {}) });
    const base = {
      filters,
      sort: request.sort ?? 'relevance',
      limit: clamp(request.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT),
      offset: clamp(request.offset ?? 0, 0, MAX_OFFSET),
      readerLanguage: baseLanguage(request.locale),
    };
    let effective = query;
    let didYouMean: string | undefined;
    let found: TEngineFound;
    if (query.isEmpty) {
      found = await engine.find(base);
    } else {
      if (base.sort === 'relevance') await engine.readAhead(query);
      const searched = await dropWholeWordPrefixes(engine, query);
      effective = searched;
      found = await runQuery(base, searched, 'all');
      if (found.total === 0) {
        const corrected = query.isShort ? await correctUnknownWords(engine, query) : undefined;
        const retried = corrected ? await runQuery(base, corrected, 'all') : undefined;
        if (corrected && retried && retried.total > 0) {
          found = retried;
          effective = corrected;
          didYouMean = describeCorrection(analyser, query, corrected, retried.rows[0]);
        } else if (query.groups.length > 1) {
          found = await runQuery(base, query, 'any');
        }
      }
    }
    const items: TSearchHit[] = found.rows.map((row) => ({
      id: row.id,
      type: row.type,
      slug: row.slug,
      title: row.title,
      titleHtml: highlightText(analyser, row.title, row.language, effective),
      language: row.language,
      publishedAt: row.published_at,
      snippet: buildSnippet(analyser, row, effective),
      score: Number(row.score),
      isOtherLanguage:
        !query.isEmpty && query.language !== UNDETERMINED && baseLanguage(row.language) !== query.language,
      matched: row.matched ?? [],
    }));
    return {
      items,
      total: found.total,
      isTotalExact: found.isTotalExact,
      facets: groupFacetCounts(found.facets),
      ...(found.facetsSampleSize !== undefined ? { facetsSampleSize: found.facetsSampleSize } : {}),
      ...(didYouMean ? { didYouMean } : {}),
      query: {
        text: query.text,
        language: query.language,
        languages: query.languages,
        concepts: query.concepts,
        isEmpty: query.isEmpty,
      },
    };
  }

  const analyseDocument = (doc: TSearchDocument) => analyseSearchText(analyser, doc);

  async function removeDocument(id: string, options: TWriteOptions = {}): Promise<void> {
    if (options.db) await engine.remove(options.db, id);
    else await handle.db.transaction().execute((trx) => engine.remove(trx, id));
  }

  return {
    async upsertDocument(doc, options = {}) {
      const analysis = options.analysis ?? analyseDocument(doc);
      if (options.db) await engine.write(options.db, doc, analysis);
      else await handle.db.transaction().execute((trx) => engine.write(trx, doc, analysis));
    },
    async upsertDocuments(docs, options = {}) {
      const items = docs.map((doc, i) => ({ doc, analysis: options.analyses?.[i] ?? analyseDocument(doc) }));
      if (options.db) await engine.writeMany(options.db, items);
      else await handle.db.transaction().execute((trx) => engine.writeMany(trx, items));
    },
    removeDocument,
    search,
    rebuildIfRequired: (onProgress) => rebuildIfRequired(handle.db, engine, analyser, onProgress),
    reindexRecords: (type, rows, sync) =>
      reindexRecords(handle.db, (id) => removeDocument(id), type, rows, sync),
    isReindexRequired: () => isReindexRequired(handle.db),
    clearReindexRequired: () => clearReindexRequired(handle.db),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(Number.isFinite(value) ? value : min)));
}
