import type { TExportValue } from '../../core/search-sources.ts';
import { toCsvText } from '../../platform/csv.ts';
import { conceptLabel } from '../../taxonomy/taxonomy.ts';
import { recordPath } from './record-paths.ts';
import type { THubHit } from './search.service.ts';

/**
 * Exports of a search result: the same columns in CSV and JSON, described on the codebook page
 * (codebookColumns is the single list both read): the open-data format, which each record's search
 * source fills (core/search-sources.ts). The CSV comes from the shared writer, which
 * defuses cells that a spreadsheet would run as a formula.
 */
export const codebookColumns = [
  'type',
  'slug',
  'url',
  'title',
  'language',
  'kind',
  'countries',
  'cities',
  'scope',
  'start_date',
  'end_date',
  'is_ongoing',
  'implementers',
  'populations',
  'themes',
  'five_r',
  'sdg_targets',
  'is_verified',
  'published_at',
  'last_reviewed_at',
  'summary',
] as const;
export type TCodebookColumn = (typeof codebookColumns)[number];

/** What a column holds for a record whose source does not fill it. */
const emptyColumns: Partial<Record<TCodebookColumn, TExportValue>> = {
  kind: null,
  countries: [],
  cities: [],
  scope: null,
  start_date: null,
  end_date: null,
  is_ongoing: false,
  implementers: [],
  populations: [],
  themes: [],
  five_r: [],
  sdg_targets: [],
  is_verified: false,
  last_reviewed_at: null,
  summary: '',
};

/**
 * A hit's row: the columns every record has come from the index, the others from what the record's
 * search source gave (THitDetails.columns), empty where it gave nothing.
 */
export function exportRow(hit: THubHit, baseUrl: string): Record<TCodebookColumn, TExportValue> {
  const own = hit.details?.columns ?? {};
  const row = {} as Record<TCodebookColumn, TExportValue>;
  for (const column of codebookColumns) row[column] = own[column] ?? emptyColumns[column] ?? null;
  return {
    ...row,
    type: hit.type,
    slug: hit.slug,
    url: `${baseUrl}${recordPath(hit.type, hit.slug)}`,
    title: hit.title,
    language: hit.language,
    published_at: hit.publishedAt,
  };
}

export function toCsv(hits: THubHit[], baseUrl: string): string {
  return toCsvText(
    codebookColumns,
    hits.map((hit) => exportRow(hit, baseUrl)),
  );
}

/** Concept ids in an export keep their id; their English label helps a reader of the raw file. */
export function conceptLabels(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, conceptLabel(id, 'en')]));
}
