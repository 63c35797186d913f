import { filtersFrom } from '../../core/listing.ts';
import { facetNames } from './facet-labels.ts';

/**
 * What a search asks, read from a query string the same way by the page, the API and the exports:
 * q, facets as repeated (or comma-separated) parameters, sort, page or offset/limit.
 */
export type THubSearchQuery = {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
};

/** Longer queries are cut here; the analyser cuts further and never fails on what people type. */
export const maxQueryChars = 1000;

export function searchQueryFrom(
  params: URLSearchParams,
  options: { pageSize: number; maxLimit: number },
): THubSearchQuery {
  const q = (params.get('q') ?? '').slice(0, maxQueryChars);
  const filters = filtersFrom(params, facetNames);
  const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  const limitParam = Number.parseInt(params.get('limit') ?? '', 10);
  const limit = Number.isFinite(limitParam)
    ? Math.min(Math.max(limitParam, 1), options.maxLimit)
    : options.pageSize;
  const offsetParam = Number.parseInt(params.get('offset') ?? '', 10);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const offset = Number.isFinite(offsetParam)
    ? Math.min(Math.max(offsetParam, 0), 10_000)
    : Number.isFinite(page) && page > 1
      ? Math.min((page - 1) * limit, 10_000)
      : 0;
  return { q, filters, sort, limit, offset };
}
