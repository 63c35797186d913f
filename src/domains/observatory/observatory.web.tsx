import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { countryName } from '../../i18n/names.ts';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/index.ts';
import { type TImportReport, uploadIndicatorFile } from './indicator-import.service.ts';
import { authorize } from './observatory.policy.ts';
import { readRecentImports, readSeriesList } from './observatory.service.ts';
import { formatValue } from './observatory-display.ts';
import { measureOf, quantileBreaks, stepOf, type TMeasure } from './observatory-figures.ts';
import {
  readCountriesIndex,
  readCountryPage,
  readRegionPage,
  readSeriesFigures,
  readTrends,
} from './observatory-pages.service.ts';
import { CodebookPage } from './views/codebook-page.tsx';
import { CountriesPage } from './views/countries-page.tsx';
import { CountryPage } from './views/country-page.tsx';
import { DataIndexPage } from './views/data-index-page.tsx';
import { ImportPage } from './views/import-page.tsx';
import type { TMapEntry } from './views/indicator-map.tsx';
import { IndicatorPage, legendSteps, type TIndicatorView } from './views/indicator-page.tsx';
import { categoryText, gapText, valueText } from './views/observatory-bits.tsx';
import { RegionPage } from './views/region-page.tsx';

/**
 * The care observatory's pages: /data (every series), /data/{id} (one series across the world),
 * /data/codebook, /countries, /countries/{iso2}, /regions/{m49}, and the secretariat's upload page
 * /admin/indicators. Handlers parse the query, call one service and render.
 */
const maxCompared = 6;

export function observatoryWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  web.get('/data', async (c) => {
    const series = await readSeriesList(deps);
    return renderPage(c, <DataIndexPage ctx={viewContext(c)} series={series} />);
  });

  web.get('/data/codebook', (c) => renderPage(c, <CodebookPage ctx={viewContext(c)} />));

  web.get('/data/:id', async (c) => {
    const ctx = viewContext(c);
    const { series, countries, regions } = await readSeriesFigures(deps, c.req.param('id'));
    const isBySex = countries.some((r) => r.figure.women !== null && r.figure.men !== null);
    const measures: TMeasure[] = isBySex ? ['women', 'men', 'gap'] : ['value'];
    const asked = c.req.query('measure') as TMeasure | undefined;
    const measure = asked && measures.includes(asked) ? asked : (measures[0] as TMeasure);
    const sortParam = c.req.query('sort');
    const sort = sortParam === 'value' || sortParam === 'year' ? sortParam : 'country';
    const dir = c.req.query('dir') === 'desc' ? 'desc' : 'asc';
    const compared = [...new Set(c.req.queries('compare') ?? [])]
      .map((code) => code.trim().toUpperCase())
      .filter((code) => countries.some((r) => r.country === code))
      .slice(0, maxCompared);
    const unit = series.unit_code;
    const rows = countries.map((r) => ({
      ...r,
      name: countryName(ctx.locale, r.country),
      measureValue: measureOf(r.figure, measure),
    }));
    const direction = dir === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      if (sort === 'value') {
        if (a.measureValue === null) return 1;
        if (b.measureValue === null) return -1;
        return direction * (a.measureValue - b.measureValue) || a.name.localeCompare(b.name, ctx.locale);
      }
      if (sort === 'year')
        return direction * (a.figure.year - b.figure.year) || a.name.localeCompare(b.name, ctx.locale);
      return direction * a.name.localeCompare(b.name, ctx.locale);
    });
    const { entries, legend } = mapShading(ctx.i18n, series.kind, unit, measure, rows);
    const view: TIndicatorView = {
      series,
      measure,
      measures,
      rows,
      regions,
      sort,
      dir,
      legend,
      entries,
      comparison: await readTrends(deps, series.id, compared),
      compared,
      isBySex,
    };
    return renderPage(c, <IndicatorPage ctx={ctx} view={view} />);
  });

  web.get('/countries', async (c) => {
    const { counts, key } = await readCountriesIndex(deps);
    return renderPage(c, <CountriesPage ctx={viewContext(c)} counts={counts} keyFigures={key} />);
  });

  web.get('/countries/:code', async (c) => {
    const code = c.req.param('code');
    if (code !== code.toUpperCase())
      return c.redirect(viewContext(c).href(`/countries/${code.toUpperCase()}`), 301);
    const data = await readCountryPage(deps, code, viewContext(c).locale);
    return renderPage(c, <CountryPage ctx={viewContext(c)} data={data} />);
  });

  web.get('/regions/:m49', async (c) => {
    const data = await readRegionPage(deps, c.req.param('m49'), viewContext(c).locale);
    return renderPage(c, <RegionPage ctx={viewContext(c)} data={data} />);
  });

  web.use('/admin/indicators', requireSignedIn);

  async function renderImports(
    c: Context<TAppEnv>,
    state: { report?: TImportReport; error?: string; isSkipping?: boolean },
    status: 200 | 422 = 200,
  ) {
    authorize(c.var.actor, 'importIndicators');
    return renderPage(
      c,
      <ImportPage
        ctx={viewContext(c)}
        imports={await readRecentImports(deps, 20)}
        series={await readSeriesList(deps)}
        {...state}
      />,
      status,
    );
  }

  web.get('/admin/indicators', (c) => renderImports(c, {}));

  web.post('/admin/indicators', async (c) => {
    const { values, files } = await readForm(c);
    const file = files.file?.[0];
    const isSkipping = values.skipInvalid === 'on';
    if (!file) return renderImports(c, { error: 'observatory.upload.fileMissing', isSkipping }, 422);
    const report = await uploadIndicatorFile(
      deps,
      c.var.actor,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { isSkippingInvalid: isSkipping, requestId: c.get('requestId') ?? null },
    );
    return renderImports(c, { report, isSkipping }, report.outcome === 'refused' ? 422 : 200);
  });

  return web;
}

/** Map shades and legend: quintiles of the measure, or one shade per category for qualitative series. */
function mapShading(
  i18n: ReturnType<typeof viewContext>['i18n'],
  kind: string,
  unit: string,
  measure: TMeasure,
  rows: readonly { country: string; measureValue: number | null; figure: Parameters<typeof measureOf>[0] }[],
): { entries: Map<string, TMapEntry>; legend: { step: number; text: string }[] } {
  const entries = new Map<string, TMapEntry>();
  const label = (r: (typeof rows)[number]) =>
    measure === 'gap'
      ? gapText(i18n, r.figure, unit)
      : valueText(
          i18n,
          measure === 'men' ? r.figure.men : measure === 'women' ? r.figure.women : r.figure.main,
          unit,
        );
  const numeric = rows.filter(
    (r) => r.measureValue !== null && (kind === 'number' || r.figure.main?.value !== null),
  );
  if (kind === 'category' && numeric.length < rows.length / 2) {
    const codes = [...new Set(rows.map((r) => r.figure.main?.value_code ?? ''))].sort();
    const legend = codes.map((code, i) => {
      const row = rows.find((r) => r.figure.main?.value_code === code)?.figure.main;
      return {
        step: Math.min(5, codes.length === 1 ? 4 : 2 + i),
        text: (row && categoryText(i18n, row)) || code,
      };
    });
    for (const r of rows) {
      const i = codes.indexOf(r.figure.main?.value_code ?? '');
      entries.set(r.country, { step: legend[i]?.step ?? 0, label: label(r) });
    }
    return { entries, legend };
  }
  const breaks = quantileBreaks(numeric.map((r) => r.measureValue as number));
  for (const r of numeric)
    entries.set(r.country, { step: stepOf(r.measureValue as number, breaks), label: label(r) });
  const fmt =
    measure === 'gap'
      ? (n: number) => gapText(i18n, { gap: n } as never, unit)
      : (n: number) => formatValue(i18n, unit, n);
  return { entries, legend: legendSteps(breaks, fmt) };
}
