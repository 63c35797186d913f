import { countryName } from '../../../i18n/names.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import { LineChart } from '../../../ui/charts/line-chart.tsx';
import { ColumnTable, rowHeaderColumn, type TColumn } from '../../../ui/components/column-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TSeries } from '../observatory.service.ts';
import { formatValue, seriesTitle, unitName } from '../observatory-display.ts';
import { measureOf, type TFigure, type TMeasure } from '../observatory-figures.ts';
import type { TCountryFigure } from '../observatory-pages.service.ts';
import { IndicatorMap, type TMapEntry } from './indicator-map.tsx';
import { Citation, gapText, valueText } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/**
 * /{locale}/data/{id}: one series across the world. A map shaded by the latest value (or the
 * women–men gap), its legend, the table of every country (sortable by links, so no script is
 * needed), a comparison of up to six countries over the years, and the downloads.
 */
export type TIndicatorView = {
  series: TSeries;
  measure: TMeasure;
  measures: readonly TMeasure[];
  rows: (TCountryFigure & { name: string; measureValue: number | null })[];
  regions: { area: string; name: string; figure: TFigure }[];
  sort: 'country' | 'value' | 'year';
  dir: 'asc' | 'desc';
  legend: readonly { step: number; text: string }[];
  entries: ReadonlyMap<string, TMapEntry>;
  comparison: { country: string; trend: TFigure[] }[];
  compared: readonly string[];
  isBySex: boolean;
};

export function IndicatorPage({ ctx, view }: { ctx: TViewContext; view: TIndicatorView }) {
  const { t, i18n } = ctx;
  const { series } = view;
  const title = seriesTitle(i18n, series);
  const unit = series.unit_code;
  const fmt = (n: number) => formatValue(i18n, unit, n);
  const base = `/data/${encodeURIComponent(series.id)}`;
  const query = (changes: Record<string, string>) => {
    const params = new URLSearchParams({ measure: view.measure, sort: view.sort, dir: view.dir });
    for (const c of view.compared) params.append('compare', c);
    for (const [k, v] of Object.entries(changes)) params.set(k, v);
    return ctx.href(`${base}?${params.toString()}`);
  };
  const sortLink = (column: TIndicatorView['sort'], label: string) => {
    const isCurrent = view.sort === column;
    const next = isCurrent && view.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" aria-sort={isCurrent ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <a href={`${query({ sort: column, dir: next })}#table`}>
          {label}
          <span class="visually-hidden">{t(`observatory.sort.${next}`)}</span>
        </a>
      </th>
    );
  };
  const measureLabel = t(`observatory.measure.${view.measure}`);
  const mapTitle = t('observatory.map.title', { indicator: title, measure: measureLabel });
  const withData = view.rows.filter((r) => r.measureValue !== null).length;
  const legend = view.legend;
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={t('observatory.indicator.description', { indicator: title })}
    >
      <ObservatoryStyles />
      <p class="breadcrumbs no-print">
        <a href={ctx.href('/data')}>{t('observatory.data.title')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {t('observatory.indicator.lead', {
          countries: series.country_count,
          first: String(series.first_year ?? ''),
          last: String(series.last_year ?? ''),
          unit: unitName(i18n, unit),
        })}
      </p>
      <p class="published-title">
        {t('observatory.indicator.published')} <q lang="en">{series.title}</q>
      </p>
      {view.measures.length > 1 ? (
        <nav class="no-print" aria-label={t('observatory.measure.label')}>
          <ul class="chips">
            {view.measures.map((m) => (
              <li>
                <a href={query({ measure: m })} aria-current={m === view.measure ? 'true' : undefined}>
                  {t(`observatory.measure.${m}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div class="observatory-map">
        <figure>
          <IndicatorMap
            ctx={ctx}
            id="indicator-map"
            title={mapTitle}
            description={t('observatory.map.description', { countries: withData })}
            entries={view.entries}
            cacheKey={`${series.id}:${series.updated_at}:${view.measure}`}
          />
          <figcaption>
            <span class="visually-hidden">{mapTitle}</span>
            <ul class="map-legend">
              {legend.map((l) => (
                <li>
                  <span class={`swatch shade-${l.step}`} aria-hidden="true" /> {l.text}
                </li>
              ))}
              <li>
                <span class="swatch shade-0" aria-hidden="true" /> {t('observatory.map.noData')}
              </li>
            </ul>
          </figcaption>
        </figure>
      </div>
      <form novalidate method="get" action={ctx.href(base)} class="indicator-table">
        <input type="hidden" name="measure" value={view.measure} />
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
        <h2 id="table">{t('observatory.table.title')}</h2>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('observatory.table.caption', { indicator: title })}</caption>
            <thead>
              <tr>
                <th scope="col" class="no-print">
                  <span class="visually-hidden">{t('observatory.compare.column')}</span>
                </th>
                {sortLink('country', t('observatory.table.country'))}
                {sortLink('year', t('observatory.table.year'))}
                {view.isBySex ? (
                  <>
                    {sortLink('value', t(`observatory.measure.${view.measure}`))}
                    {view.measure !== 'women' ? <th scope="col">{t('observatory.sex.F')}</th> : null}
                    {view.measure !== 'men' ? <th scope="col">{t('observatory.sex.M')}</th> : null}
                    {view.measure !== 'gap' ? <th scope="col">{t('observatory.measure.gap')}</th> : null}
                  </>
                ) : (
                  sortLink('value', t('observatory.table.value'))
                )}
                <th scope="col">{t('observatory.table.nature')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => {
                const f = r.figure;
                const main = view.isBySex ? null : f.main;
                return (
                  <tr>
                    <td class="no-print">
                      <input
                        type="checkbox"
                        name="compare"
                        value={r.country}
                        checked={view.compared.includes(r.country)}
                        aria-label={t('observatory.compare.country', { country: r.name })}
                      />
                    </td>
                    <th scope="row">
                      <a href={ctx.href(`/countries/${r.country}`)}>{r.name}</a>
                    </th>
                    <td>{String(f.year)}</td>
                    {view.isBySex ? (
                      <>
                        <td class="number">
                          {view.measure === 'gap'
                            ? gapText(i18n, f, unit)
                            : valueText(i18n, view.measure === 'men' ? f.men : f.women, unit)}
                        </td>
                        {view.measure !== 'women' ? (
                          <td class="number">{valueText(i18n, f.women, unit)}</td>
                        ) : null}
                        {view.measure !== 'men' ? (
                          <td class="number">{valueText(i18n, f.men, unit)}</td>
                        ) : null}
                        {view.measure !== 'gap' ? <td class="number">{gapText(i18n, f, unit)}</td> : null}
                      </>
                    ) : (
                      <td class="number">{valueText(i18n, main, unit)}</td>
                    )}
                    <td>
                      <NatureCell ctx={ctx} figure={f} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p class="no-print">
          <button type="submit">{t('observatory.compare.submit')}</button> {t('observatory.compare.hint')}
        </p>
      </form>
      <section aria-labelledby="comparison">
        <h2 id="comparison">{t('observatory.compare.title')}</h2>
        {view.comparison.length === 0 ? (
          <p>{t('observatory.compare.none')}</p>
        ) : (
          <LineChart
            text={{
              id: 'comparison-chart',
              title: t('observatory.compare.chartTitle', { indicator: title, measure: measureLabel }),
              description: t('observatory.compare.chartDescription', {
                countries: ctx.i18n.formatList(
                  view.comparison.map((c) => countryName(ctx.locale, c.country)),
                ),
              }),
              labelHeader: t('observatory.table.year'),
              valueHeader: measureLabel,
              emptyText: t('observatory.compare.empty'),
            }}
            lines={view.comparison.map((c) => ({
              name: countryName(ctx.locale, c.country),
              points: c.trend.map((f) => ({ x: f.year, y: measureOf(f, view.measure) })),
            }))}
            dir={i18n.dir}
            formatValue={view.measure === 'gap' ? (n) => gapText(i18n, { gap: n } as TFigure, unit) : fmt}
            formatTick={(n) => i18n.formatNumber(n, { maximumFractionDigits: 1 })}
          />
        )}
      </section>
      {view.regions.length > 0 ? (
        <section aria-labelledby="regions">
          <h2 id="regions">{t('observatory.regions.published')}</h2>
          <ColumnTable items={view.regions} columns={regionColumns(ctx, view)} />
        </section>
      ) : null}
      <section aria-labelledby="downloads" class="downloads">
        <h2 id="downloads">{t('observatory.downloads.title')}</h2>
        <ul>
          <li>
            <a href={`/api/v1/indicators/${encodeURIComponent(series.id)}/values?format=csv`} download>
              {t('observatory.downloads.csv')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/indicators/${encodeURIComponent(series.id)}/values`}>
              {t('observatory.downloads.json')}
            </a>
          </li>
          <li>
            <a href={ctx.href('/data/codebook')}>{t('observatory.downloads.codebook')}</a>
          </li>
        </ul>
        <Citation ctx={ctx} release={series.release} />
      </section>
    </Layout>
  );
}

/** The aggregates the UN publishes for regions: area, year, the value (women / men when by sex). */
function regionColumns(
  ctx: TViewContext,
  view: TIndicatorView,
): TColumn<TIndicatorView['regions'][number]>[] {
  const { t, i18n } = ctx;
  const unit = view.series.unit_code;
  return [
    rowHeaderColumn(t('observatory.table.area'), (r) => (
      <a href={ctx.href(`/regions/${r.area}`)}>{regionLabel(ctx.i18n, r.area, r.name)}</a>
    )),
    { header: t('observatory.table.year'), cell: (r) => String(r.figure.year) },
    {
      header: t('observatory.table.value'),
      headerClass: null,
      class: 'number',
      cell: (r) =>
        view.isBySex
          ? `${valueText(i18n, r.figure.women, unit)} / ${valueText(i18n, r.figure.men, unit)}`
          : valueText(i18n, r.figure.main, unit),
    },
  ];
}

function NatureCell({ ctx, figure }: { ctx: TViewContext; figure: TFigure }) {
  const row = figure.women ?? figure.main ?? figure.men;
  if (!row) return null;
  return (
    <span class="nature" title={row.source || undefined}>
      {ctx.i18n.has(`observatory.nature.${row.nature}`)
        ? ctx.t(`observatory.nature.${row.nature}`)
        : ctx.t('observatory.nature.other')}
    </span>
  );
}

/** The legend of a map cut at quintile breaks: "< 2", "2 – 3.5", …, "≥ 6". */
export function legendSteps(breaks: readonly number[], fmt: (n: number) => string) {
  if (breaks.length === 0) return [];
  const steps: { step: number; text: string }[] = [];
  for (let step = 1; step <= 5; step++) {
    const from = step === 1 ? null : (breaks[step - 2] as number);
    const to = step === 5 ? null : (breaks[step - 1] as number);
    if (from !== null && to !== null && from === to) continue;
    const text =
      from === null ? `< ${fmt(to as number)}` : to === null ? `≥ ${fmt(from)}` : `${fmt(from)} – ${fmt(to)}`;
    steps.push({ step, text });
  }
  return steps;
}
