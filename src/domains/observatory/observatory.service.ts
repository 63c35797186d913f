import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogueEntry, type TCatalogueEntry } from './indicator-catalogue.ts';
import { m49ByAlpha2 } from './m49.ts';
import type { TValueRow } from './observatory.record.ts';
import {
  countValuesByCountry,
  findSeries,
  listAreaValues,
  listImports,
  listSeries,
  listValues,
  type TSeriesRow,
} from './observatory.repository.ts';
import { remember } from './observatory-cache.ts';

/**
 * What the observatory's pages and API read: the series, their values, a country's figures. Public
 * data, so no permission is checked; results are kept until the next import (observatory-cache.ts).
 */
export type { TValueRow };

export type TSeries = TSeriesRow & { entry: TCatalogueEntry | undefined };

export async function readSeriesList(deps: TDeps): Promise<TSeries[]> {
  return remember(deps.database.location, 'series', async () =>
    (await listSeries(deps.db)).map((s) => ({ ...s, entry: catalogueEntry(s.id) })),
  );
}

export async function readSeries(deps: TDeps, id: string): Promise<TSeries> {
  const series = (await readSeriesList(deps)).find((s) => s.id === id);
  if (!series) throw new AppError('not_found');
  return series;
}

export type TValueQuery = { country?: string; sex?: string; year?: number };

/** The values of a series, filtered as the API allows; an unknown series is a 404. */
export async function readSeriesValues(
  deps: TDeps,
  id: string,
  query: TValueQuery,
): Promise<{ series: TSeries; values: TValueRow[] }> {
  const series = await readSeries(deps, id);
  const country = query.country?.trim().toUpperCase();
  const values = await listValues(deps.db, {
    seriesId: id,
    country: country && country.length === 2 ? country : undefined,
    areaCode: country && /^\d{1,3}$/.test(country) ? country.padStart(3, '0') : undefined,
    sex: query.sex,
    year: query.year,
  });
  return { series, values };
}

/** Every value the hub holds for one country, by series. */
export async function readCountryValues(deps: TDeps, country: string): Promise<Map<string, TValueRow[]>> {
  const code = m49ByAlpha2.get(country);
  if (!code) return new Map();
  return remember(deps.database.location, `country:${country}`, async () => {
    const bySeries = new Map<string, TValueRow[]>();
    for (const row of await listAreaValues(deps.db, code)) {
      const list = bySeries.get(row.series_id) ?? [];
      list.push(row);
      bySeries.set(row.series_id, list);
    }
    return bySeries;
  });
}

export async function readCountryValueCounts(deps: TDeps): Promise<Map<string, number>> {
  return remember(deps.database.location, 'countryCounts', () => countValuesByCountry(deps.db));
}

/** Is there a series with this id (for links from other pages)? */
export async function hasSeries(deps: TDeps, id: string): Promise<boolean> {
  return (await findSeries(deps.db, id)) !== undefined;
}

/** The latest indicator imports, newest first (the import page lists them). */
export function readRecentImports(deps: TDeps, limit: number) {
  return listImports(deps.db, limit);
}
