import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { conceptsOf, type TConcept } from '../../taxonomy/taxonomy.ts';
import { emptyCommitmentFilter, readPublishedList } from '../commitments/index.ts';
import { searchHub } from '../search/index.ts';
import { catalogue, seriesOfConcept } from './indicator-catalogue.ts';
import { alpha2ByM49, m49ByAlpha2, regionCodes, regionParts } from './m49.ts';
import type { TValueRow } from './observatory.record.ts';
import { listValues } from './observatory.repository.ts';
import {
  readCountryValueCounts,
  readCountryValues,
  readSeries,
  readSeriesList,
  type TSeries,
} from './observatory.service.ts';
import { remember } from './observatory-cache.ts';
import { latestFigure, type TFigure, trendOf } from './observatory-figures.ts';

/**
 * What the observatory's pages show: a series across countries (map, table, comparison), a country
 * with its indicators and everything the hub holds about it, a region with its countries.
 */
export const keySeriesId = catalogue.find((e) => e.isKey)?.id ?? 'unpaid-care-and-domestic-work';

export type TCountryFigure = { country: string; figure: TFigure };

/** Every country's latest figure for one series (and the published regional aggregates). */
export async function readSeriesFigures(
  deps: TDeps,
  id: string,
): Promise<{
  series: TSeries;
  countries: TCountryFigure[];
  regions: { area: string; name: string; figure: TFigure }[];
}> {
  const series = await readSeries(deps, id);
  return remember(deps.database.location, `figures:${id}`, async () => {
    const rows = await listValues(deps.db, { seriesId: id });
    const byArea = new Map<string, TValueRow[]>();
    for (const row of rows) {
      const list = byArea.get(row.area_code) ?? [];
      list.push(row);
      byArea.set(row.area_code, list);
    }
    const countries: TCountryFigure[] = [];
    const regions: { area: string; name: string; figure: TFigure }[] = [];
    for (const [area, list] of byArea) {
      const figure = latestFigure(list);
      if (!figure) continue;
      const country = alpha2ByM49.get(area);
      if (country) countries.push({ country, figure });
      else regions.push({ area, name: list[0]?.area_name ?? area, figure });
    }
    return { series, countries, regions };
  });
}

/** The trend of one country in one series, for the comparison chart. */
export async function readTrends(
  deps: TDeps,
  id: string,
  countries: readonly string[],
): Promise<{ country: string; trend: TFigure[] }[]> {
  const result = [];
  for (const country of countries) {
    const values = await readCountryValues(deps, country);
    result.push({ country, trend: trendOf(values.get(id) ?? []) });
  }
  return result;
}

export type TCountryIndicator = {
  series: TSeries;
  latest: TFigure | null;
  trend: TFigure[];
  rows: TValueRow[];
};

export type THubHolding = {
  total: number;
  byType: { type: string; count: number }[];
  recent: { type: string; slug: string; title: string; language: string }[];
  commitments: {
    slug: string;
    title: string;
    progressStatus: string | null;
    progressPercent: number | null;
  }[];
  commitmentTotal: number;
};

export type TCountryPage = {
  country: string;
  m49: string;
  indicators: TCountryIndicator[];
  /** Catalogue series with no value for this country. */
  missing: TSeries[];
  holding: THubHolding;
  regions: TConcept[];
};

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && m49ByAlpha2.has(code);
}

export async function readHubHolding(
  deps: TDeps,
  filter: Record<string, string[]>,
  locale: string,
): Promise<THubHolding> {
  const found = await searchHub(
    deps,
    { q: '', filters: filter, sort: 'newest', limit: 8, offset: 0 },
    locale,
  );
  const country = filter.country?.[0] ?? null;
  const commitments = country
    ? await readPublishedList(deps, { ...emptyCommitmentFilter, country }, { limit: 5, offset: 0 })
    : { items: [], total: 0 };
  return {
    total: found.total,
    byType: (found.facets.type ?? []).map((f) => ({ type: f.value, count: f.count })),
    recent: found.items.map((h) => ({ type: h.type, slug: h.slug, title: h.title, language: h.language })),
    commitments: commitments.items.map((c) => ({
      slug: c.slug,
      title: c.title,
      progressStatus: c.progressStatus,
      progressPercent: c.progressPercent,
    })),
    commitmentTotal: commitments.total,
  };
}

export async function readCountryPage(deps: TDeps, code: string, locale: string): Promise<TCountryPage> {
  const country = code.toUpperCase();
  if (!isCountryCode(country)) throw new AppError('not_found');
  const [all, values] = await Promise.all([readSeriesList(deps), readCountryValues(deps, country)]);
  const indicators: TCountryIndicator[] = [];
  const missing: TSeries[] = [];
  for (const series of all) {
    const rows = values.get(series.id) ?? [];
    if (rows.length === 0) {
      missing.push(series);
      continue;
    }
    indicators.push({ series, latest: latestFigure(rows), trend: trendOf(rows), rows });
  }
  const holding = await readHubHolding(deps, { country: [country] }, locale);
  const regions = conceptsOf('region').filter((r) => r.countries?.includes(country));
  return { country, m49: m49ByAlpha2.get(country) as string, indicators, missing, holding, regions };
}

export async function readCountriesIndex(deps: TDeps) {
  const [counts, key] = await Promise.all([
    readCountryValueCounts(deps),
    readSeriesFigures(deps, keySeriesId).catch(() => null),
  ]);
  return { counts, key };
}

/** A region or group by its M49 code: its name's concept (when the taxonomy has it) and countries. */
export function regionOf(
  m49: string,
): { code: string; concept: TConcept | undefined; countries: string[] } | null {
  const code = m49.padStart(3, '0');
  const regions = conceptsOf('region');
  const concept = regions.find((r) => r.notation === code);
  if (concept) return { code, concept, countries: [...(concept.countries ?? [])] };
  const parts = regionParts[code];
  if (parts) {
    const countries = new Set(
      parts.flatMap((p) => [...(regions.find((r) => r.notation === p)?.countries ?? [])]),
    );
    if (code === '543')
      for (const c of regions.find((r) => r.notation === '053')?.countries ?? []) countries.delete(c);
    return { code, concept: undefined, countries: [...countries] };
  }
  if (regionCodes.includes(code)) return { code, concept: undefined, countries: [] };
  return null;
}

export async function readRegionPage(deps: TDeps, m49: string, locale: string) {
  if (!/^\d{1,3}$/.test(m49)) throw new AppError('not_found');
  const region = regionOf(m49);
  if (!region) throw new AppError('not_found');
  const key = await readSeriesFigures(deps, keySeriesId).catch(() => null);
  const members = new Set(region.countries);
  const keyFigures = (key?.countries ?? []).filter((c) => members.has(c.country));
  const aggregates: { series: TSeries; figure: TFigure }[] = [];
  for (const series of await readSeriesList(deps)) {
    const rows = await listValues(deps.db, { seriesId: series.id, areaCode: region.code });
    const figure = latestFigure(rows);
    if (figure) aggregates.push({ series, figure });
  }
  const holding = region.concept ? await readHubHolding(deps, { region: [region.concept.id] }, locale) : null;
  return { region, keyFigures, aggregates, holding, keySeries: key?.series ?? null };
}

/** The series that measure a concept of the taxonomy, with their coverage, for concept pages. */
export async function readConceptIndicators(deps: TDeps, conceptId: string): Promise<TSeries[]> {
  const ids = new Set(seriesOfConcept(conceptId));
  if (ids.size === 0) return [];
  return (await readSeriesList(deps)).filter((s) => ids.has(s.id));
}

/** A country's headline figure (the key series), for side panels on pages about that country. */
export async function readKeyFigure(
  deps: TDeps,
  countries: readonly string[],
): Promise<{ country: string; series: TSeries; figure: TFigure } | null> {
  for (const country of countries) {
    const found = await keyFigureOf(deps, country);
    if (found) return { country, ...found };
  }
  return null;
}

async function keyFigureOf(
  deps: TDeps,
  country: string,
): Promise<{ series: TSeries; figure: TFigure } | null> {
  if (!isCountryCode(country)) return null;
  const all = await readSeriesList(deps);
  const series = all.find((s) => s.id === keySeriesId);
  if (!series) return null;
  const rows = (await readCountryValues(deps, country)).get(series.id) ?? [];
  const figure = latestFigure(rows);
  return figure ? { series, figure } : null;
}
