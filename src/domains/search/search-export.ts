import { toCsvText } from '../../platform/csv.ts';
import { conceptLabel } from '../../taxonomy/taxonomy.ts';
import { recordPath } from './record-paths.ts';
import type { THubHit } from './search.service.ts';

/**
 * Exports of a search result: the same columns in CSV and JSON, described on the codebook page
 * (codebookColumns is the single list both read). The CSV comes from the shared writer, which
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

export function exportRow(
  hit: THubHit,
  baseUrl: string,
): Record<TCodebookColumn, string | number | boolean | string[] | null> {
  const p = hit.practice;
  return {
    type: hit.type,
    slug: hit.slug,
    url: `${baseUrl}${recordPath(hit.type, hit.slug)}`,
    title: hit.title,
    language: hit.language,
    kind: p?.kind ?? null,
    countries: p?.countries ?? [],
    cities: p?.cities.map((c) => c.name) ?? [],
    scope: p?.scope ?? null,
    start_date: p?.startDate ?? null,
    end_date: p?.endDate ?? null,
    is_ongoing: p?.isOngoing ?? false,
    implementers: p?.implementers.map((i) => `${i.role}:${i.name || i.organizationSlug}`) ?? [],
    populations: p?.populations ?? [],
    themes: p?.themes ?? [],
    five_r: p?.fiveR ?? [],
    sdg_targets: p?.sdgTargets ?? [],
    is_verified: p?.isVerified ?? false,
    published_at: hit.publishedAt,
    last_reviewed_at: p?.lastReviewedAt ?? null,
    summary: p?.summary ?? '',
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
