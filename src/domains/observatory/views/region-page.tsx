import { countryName } from '../../../i18n/names.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import {
  ColumnTable,
  numberColumn,
  rowHeaderColumn,
  type TColumn,
} from '../../../ui/components/column-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatValue, seriesTitle } from '../observatory-display.ts';
import type { readRegionPage } from '../observatory-pages.service.ts';
import { HubHolding } from './hub-holding.tsx';
import { Citation, gapText, valueText } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/**
 * /{locale}/regions/{m49}: a UN M49 region or group. Its countries with their key figure and the
 * region's range and median, the aggregates the UN publishes for it, and what the hub holds there.
 */
export function RegionPage({
  ctx,
  data,
}: {
  ctx: TViewContext;
  data: Awaited<ReturnType<typeof readRegionPage>>;
}) {
  const { t, i18n } = ctx;
  const { region, keyFigures, aggregates, holding, keySeries } = data;
  const name = regionLabel(i18n, region.concept?.id ?? region.code);
  const unit = keySeries?.unit_code ?? '';
  const women = keyFigures
    .map((k) => k.figure.women?.value)
    .filter((v): v is number => typeof v === 'number');
  const men = keyFigures.map((k) => k.figure.men?.value).filter((v): v is number => typeof v === 'number');
  const rows = [...keyFigures].sort((a, b) =>
    countryName(ctx.locale, a.country).localeCompare(countryName(ctx.locale, b.country), ctx.locale),
  );
  const release = aggregates
    .map((a) => a.series.release)
    .concat(keySeries ? [keySeries.release] : [])
    .sort()
    .at(-1);
  return (
    <Layout
      ctx={ctx}
      title={name}
      description={t('observatory.region.lead', { region: name, countries: region.countries.length })}
    >
      <ObservatoryStyles />
      <p class="breadcrumbs no-print">
        <a href={ctx.href('/countries')}>{t('observatory.countries.title')}</a>
      </p>
      <h1>{name}</h1>
      <p class="lead">{t('observatory.region.lead', { region: name, countries: region.countries.length })}</p>
      {keySeries && women.length > 0 ? (
        <section aria-labelledby="key">
          <h2 id="key">{seriesTitle(i18n, keySeries)}</h2>
          <p class="summary-sentence">
            {t('observatory.region.summary', {
              countries: keyFigures.length,
              womenMedian: i18n.formatNumber(median(women), { maximumFractionDigits: 1 }),
              menMedian: i18n.formatNumber(median(men), { maximumFractionDigits: 1 }),
              womenMin: i18n.formatNumber(Math.min(...women), { maximumFractionDigits: 1 }),
              womenMax: i18n.formatNumber(Math.max(...women), { maximumFractionDigits: 1 }),
            })}
          </p>
          <ColumnTable
            caption={seriesTitle(i18n, keySeries)}
            isCaptionHidden
            items={rows}
            columns={keyFigureColumns(ctx, unit)}
          />
        </section>
      ) : (
        <p>{t('observatory.region.noKey', { region: name })}</p>
      )}
      {aggregates.length > 0 ? (
        <section aria-labelledby="aggregates">
          <h2 id="aggregates">{t('observatory.regions.published')}</h2>
          <ColumnTable items={aggregates} columns={aggregateColumns(ctx)} />
        </section>
      ) : null}
      {holding && region.concept ? (
        <HubHolding
          ctx={ctx}
          holding={holding}
          filter={`region=${encodeURIComponent(region.concept.id)}`}
          name={name}
        />
      ) : null}
      {release ? <Citation ctx={ctx} release={release} /> : null}
    </Layout>
  );
}

type TRegionData = Awaited<ReturnType<typeof readRegionPage>>;

/** The region's countries with the key series: year, women, men and the gap. */
function keyFigureColumns(ctx: TViewContext, unit: string): TColumn<TRegionData['keyFigures'][number]>[] {
  const { t, i18n } = ctx;
  return [
    rowHeaderColumn(t('observatory.table.country'), (k) => (
      <a href={ctx.href(`/countries/${k.country}`)}>{countryName(ctx.locale, k.country)}</a>
    )),
    { header: t('observatory.table.year'), cell: (k) => String(k.figure.year) },
    numberColumn(t('observatory.sex.F'), (k) => valueText(i18n, k.figure.women, unit)),
    numberColumn(t('observatory.sex.M'), (k) => valueText(i18n, k.figure.men, unit)),
    numberColumn(t('observatory.measure.gap'), (k) => gapText(i18n, k.figure, unit)),
  ];
}

/** The aggregates the UN publishes for the region: indicator, year, value. */
function aggregateColumns(ctx: TViewContext): TColumn<TRegionData['aggregates'][number]>[] {
  const { t, i18n } = ctx;
  return [
    rowHeaderColumn(t('observatory.table.indicator'), (a) => (
      <a href={ctx.href(`/data/${encodeURIComponent(a.series.id)}`)}>{seriesTitle(i18n, a.series)}</a>
    )),
    { header: t('observatory.table.year'), cell: (a) => String(a.figure.year) },
    numberColumn(t('observatory.table.value'), (a) => aggregateText(ctx, a)),
  ];
}

/** A published aggregate: women and men side by side, else its one value. */
function aggregateText(
  { t, i18n }: TViewContext,
  { series, figure }: TRegionData['aggregates'][number],
): string {
  if (figure.women && figure.men)
    return t('observatory.countries.womenMen', {
      women: valueText(i18n, figure.women, series.unit_code),
      men: valueText(i18n, figure.men, series.unit_code),
      year: String(figure.year),
    });
  if (figure.main?.value != null) return formatValue(i18n, series.unit_code, figure.main.value);
  return valueText(i18n, figure.main, series.unit_code);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
