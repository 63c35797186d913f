import type { TSitemapEntry, TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { readCountryValueCounts, readSeriesList } from './observatory.service.ts';
import { isCountryCode } from './observatory-pages.service.ts';

/**
 * The observatory's pages for /sitemap.xml, in every language: the countries index, each country
 * that has indicator values or hub records (a page for a country with neither only says what is
 * missing), the data index and each indicator's page.
 */
export async function listObservatoryPages(deps: TDeps): Promise<TSitemapEntry[]> {
  const [series, counts, hub] = await Promise.all([
    readSeriesList(deps),
    readCountryValueCounts(deps),
    deps.search.search({ query: '', filters: {}, sort: 'newest', limit: 1, offset: 0, locale: 'en' }),
  ]);
  const countries = new Set([...counts.keys()].map((code) => code.toUpperCase()));
  for (const facet of hub.facets.country ?? []) countries.add(facet.value.toUpperCase());
  const page = (path: string): TSitemapEntry => ({ path, language: '', lastmod: '' });
  return [
    page('/countries'),
    ...[...countries]
      .filter(isCountryCode)
      .sort()
      .map((code) => page(`/countries/${code}`)),
    page('/data'),
    ...series.map((s) => page(`/data/${encodeURIComponent(s.id)}`)),
  ];
}

export const observatorySitemapSource: TSitemapSource = {
  name: 'observatory',
  entries: listObservatoryPages,
};
