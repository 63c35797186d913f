import { countryName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { LineChart } from '../../../ui/charts/line-chart.tsx';
import {
  ColumnTable,
  numberColumn,
  rowHeaderColumn,
  type TColumn,
} from '../../../ui/components/column-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TValueRow } from '../observatory.record.ts';
import { formatValue, seriesTitle } from '../observatory-display.ts';
import { keySeriesId, type TCountryIndicator, type TCountryPage } from '../observatory-pages.service.ts';
import { HubHolding } from './hub-holding.tsx';
import { ageLabel, Citation, categoryText, gapText, Provenance, valueText } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/**
 * /{locale}/countries/{iso2}: a country's care indicators (women and men side by side, the gap, the
 * trend, the survey named), the ILO conventions it has ratified, and everything the hub holds about
 * it. A country without data says which series are missing instead of drawing empty charts.
 */
export function CountryPage({ ctx, data }: { ctx: TViewContext; data: TCountryPage }) {
  const { t, i18n } = ctx;
  const name = countryName(ctx.locale, data.country);
  const key = data.indicators.find((i) => i.series.id === keySeriesId);
  const conventions = data.indicators.filter((i) => i.series.entry?.convention);
  const conventionSeries = [...data.indicators, ...data.missing.map((series) => ({ series }))].filter(
    (i) => i.series.entry?.convention,
  );
  const others = data.indicators.filter((i) => !i.series.entry?.convention);
  // A convention without a line is simply not ratified: it is said under the conventions, not as missing data.
  const missing = data.missing.filter((s) => !s.entry?.convention);
  const release = [...data.indicators.map((i) => i.series.release)].sort().at(-1);
  const summary = key ? summarySentence(ctx, name, key) : null;
  return (
    <Layout
      ctx={ctx}
      title={t('observatory.country.title', { country: name })}
      description={summary?.sentence ?? t('observatory.country.description', { country: name })}
    >
      <ObservatoryStyles />
      <p class="breadcrumbs no-print">
        <a href={ctx.href('/countries')}>{t('observatory.countries.title')}</a>
        {data.regions.slice(0, 2).map((r) => (
          <>
            {' · '}
            <a href={ctx.href(`/regions/${r.notation}`)}>{conceptLabel(r.id, ctx.locale)}</a>
          </>
        ))}
      </p>
      <h1>{name}</h1>
      {summary ? (
        <>
          <p class="summary-sentence">{summary.sentence}</p>
          {summary.survey ? (
            <p class="provenance">
              {t('observatory.country.survey')}{' '}
              <q lang="en" dir="ltr">
                {summary.survey}
              </q>
            </p>
          ) : null}
        </>
      ) : data.indicators.length === 0 ? (
        <div class="notice">
          <p>{t('observatory.country.noData', { country: name })}</p>
        </div>
      ) : (
        <p class="summary-sentence">{t('observatory.country.noTimeUse', { country: name })}</p>
      )}
      {key?.latest ? <KeyFigures ctx={ctx} indicator={key} /> : null}
      {key && key.trend.length > 1 ? (
        <LineChart
          text={{
            id: 'trend-chart',
            title: t('observatory.country.trendTitle', {
              indicator: seriesTitle(i18n, key.series),
              country: name,
            }),
            description: t('observatory.country.trendDescription', {
              first: key.trend[0]?.year ?? 0,
              last: key.trend.at(-1)?.year ?? 0,
              age: ageLabel(i18n, key.trend.at(-1)?.women?.age ?? ''),
            }),
            labelHeader: t('observatory.table.year'),
            valueHeader: seriesTitle(i18n, key.series),
            emptyText: t('observatory.compare.empty'),
          }}
          lines={[
            {
              name: t('observatory.sex.F'),
              points: key.trend.map((f) => ({ x: f.year, y: f.women?.value ?? null })),
            },
            {
              name: t('observatory.sex.M'),
              points: key.trend.map((f) => ({ x: f.year, y: f.men?.value ?? null })),
            },
          ]}
          dir={i18n.dir}
          formatValue={(n) => formatValue(i18n, key.series.unit_code, n)}
          formatTick={(n) => i18n.formatNumber(n, { maximumFractionDigits: 1 })}
        />
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="indicators">
          <h2 id="indicators">{t('observatory.country.indicators')}</h2>
          <ColumnTable
            caption={t('observatory.country.indicatorsCaption', { country: name })}
            isCaptionHidden
            items={others}
            columns={indicatorColumns(ctx)}
          />
        </section>
      ) : null}
      {conventionSeries.length > 0 ? (
        <section aria-labelledby="conventions">
          <h2 id="conventions">{t('observatory.country.conventions')}</h2>
          <ul>
            {conventionSeries.map((i) => {
              const row = conventions.find((c) => c.series.id === i.series.id)?.latest?.main ?? null;
              const date =
                row?.time_detail && /^\d{4}-\d{2}-\d{2}/.test(row.time_detail)
                  ? row.time_detail.slice(0, 10)
                  : null;
              return (
                <li>
                  <a href={ctx.href(`/data/${encodeURIComponent(i.series.id)}`)}>
                    {seriesTitle(i18n, i.series)}
                  </a>
                  :{' '}
                  {row
                    ? date
                      ? t('observatory.convention.ratifiedOn', {
                          date: i18n.formatDate(date, 'long', 'UTC'),
                          status: categoryText(i18n, row),
                        })
                      : categoryText(i18n, row)
                    : t('observatory.convention.notRatified')}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {missing.length > 0 ? (
        <section aria-labelledby="missing">
          <h2 id="missing">{t('observatory.country.missing', { count: missing.length })}</h2>
          <p>{t('observatory.country.missingLead', { country: name })}</p>
          <ul class="missing-list">
            {missing.map((s) => (
              <li>{seriesTitle(i18n, s)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <HubHolding ctx={ctx} holding={data.holding} filter={`country=${data.country}`} name={name} />
      {release ? <Citation ctx={ctx} release={release} /> : null}
    </Layout>
  );
}

/** The table of a country's other indicators: latest year, women, men, the gap (or the one value), its nature. */
function indicatorColumns(ctx: TViewContext): TColumn<TCountryIndicator>[] {
  const { t, i18n } = ctx;
  const isBySex = (ind: TCountryIndicator) => Boolean(ind.latest?.women || ind.latest?.men);
  const sexed = (ind: TCountryIndicator, row: TValueRow | null | undefined) =>
    isBySex(ind) ? valueText(i18n, row ?? null, ind.series.unit_code) : '–';
  return [
    rowHeaderColumn(t('observatory.table.indicator'), (ind) => <IndicatorName ctx={ctx} indicator={ind} />),
    { header: t('observatory.table.year'), cell: (ind) => (ind.latest ? String(ind.latest.year) : '–') },
    numberColumn(t('observatory.sex.F'), (ind) => sexed(ind, ind.latest?.women)),
    numberColumn(t('observatory.sex.M'), (ind) => sexed(ind, ind.latest?.men)),
    numberColumn(t('observatory.table.gapOrValue'), (ind) =>
      isBySex(ind)
        ? gapText(i18n, ind.latest, ind.series.unit_code)
        : valueText(i18n, ind.latest?.main ?? null, ind.series.unit_code),
    ),
    {
      header: t('observatory.table.nature'),
      cell: (ind) => <Provenance ctx={ctx} row={ind.latest?.women ?? ind.latest?.main ?? null} />,
    },
  ];
}

function IndicatorName({ ctx, indicator }: { ctx: TViewContext; indicator: TCountryIndicator }) {
  const f = indicator.latest;
  return (
    <>
      <a href={ctx.href(`/data/${encodeURIComponent(indicator.series.id)}`)}>
        {seriesTitle(ctx.i18n, indicator.series)}
      </a>
      {f?.women?.age || f?.main?.age ? (
        <small class="muted"> ({ageLabel(ctx.i18n, f?.women?.age ?? f?.main?.age ?? '')})</small>
      ) : null}
    </>
  );
}

function KeyFigures({ ctx, indicator }: { ctx: TViewContext; indicator: TCountryIndicator }) {
  const { t, i18n } = ctx;
  const f = indicator.latest;
  if (!f) return null;
  const unit = indicator.series.unit_code;
  return (
    <div class="figures">
      <p class="figure-card">
        {t('observatory.sex.F')}
        <span class="big">{valueText(i18n, f.women, unit)}</span>
      </p>
      <p class="figure-card">
        {t('observatory.sex.M')}
        <span class="big">{valueText(i18n, f.men, unit)}</span>
      </p>
      <p class="figure-card">
        {t('observatory.measure.gap')}
        <span class="big">{gapText(i18n, f, unit)}</span>
        <small>
          {String(f.year)} · {ageLabel(i18n, f.women?.age ?? '')}
        </small>
      </p>
    </div>
  );
}

/** "In Mexico in 2014, women aged 15 and over spent 7.1 hours a day on unpaid domestic and care work, men 2.3." */
export function summarySentence(
  ctx: TViewContext,
  country: string,
  indicator: TCountryIndicator,
): { sentence: string; survey: string } | null {
  const f = indicator.latest;
  if (!f?.women?.value || f.men?.value === undefined || f.men?.value === null) return null;
  const { i18n } = ctx;
  const number = (n: number) => i18n.formatNumber(n, { maximumFractionDigits: 1 });
  return {
    sentence: ctx.t('observatory.country.summary', {
      country,
      year: String(f.year),
      age: ageLabel(i18n, f.women.age),
      women: number(f.women.value),
      men: number(f.men.value),
    }),
    survey: f.women.source,
  };
}
