import { countryName } from '../../../i18n/names.ts';
import { stakeholderTypeLabel } from '../../../taxonomy/organization-vocabulary.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { BarChart, ColumnChart, type TChartDatum } from '../../../ui/charts/bar-chart.tsx';
import { ColumnTable, numberColumn, rowHeaderColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatAmount } from '../commitment-amounts.ts';
import {
  commitmentFacets,
  facetLabel,
  stalenessLights,
  type TCommitmentFacet,
} from '../commitment-vocabulary.ts';
import type { TCount, TDashboardFigures } from '../commitments.record.ts';

/**
 * The figures of the dashboard and of the accountability report, as sections of charts with their
 * data tables. Both pages list the same sections (and the report's table of contents uses `id`s).
 */
export type TSection = { id: string; titleKey: string };

export const dashboardSections: readonly TSection[] = [
  { id: 'light', titleKey: 'commitments.dashboard.byLight' },
  { id: 'progress', titleKey: 'commitments.dashboard.byProgress' },
  { id: 'kind', titleKey: 'commitments.dashboard.byKind' },
  { id: 'stage', titleKey: 'commitments.dashboard.byStage' },
  { id: 'level', titleKey: 'commitments.dashboard.byLevel' },
  { id: 'type', titleKey: 'commitments.dashboard.byType' },
  { id: 'five-r', titleKey: 'commitments.dashboard.byFiveR' },
  { id: 'sdg', titleKey: 'commitments.dashboard.bySdg' },
  { id: 'country', titleKey: 'commitments.dashboard.byCountry' },
  { id: 'theme', titleKey: 'commitments.dashboard.byTheme' },
  { id: 'financing', titleKey: 'commitments.dashboard.financing' },
  { id: 'rounds', titleKey: 'commitments.dashboard.rounds' },
  { id: 'trend', titleKey: 'commitments.dashboard.trend' },
];

function ordered(
  map: TCount,
  order: readonly string[] | null,
  label: (key: string) => string,
  format: (n: number) => string,
  limit = 40,
): TChartDatum[] {
  const keys = order
    ? [...order.filter((k) => map.has(k)), ...[...map.keys()].filter((k) => !order.includes(k))]
    : [...map.keys()];
  const rows = keys.map((key) => ({ key, value: map.get(key) ?? 0 }));
  if (!order) rows.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  return rows
    .slice(0, limit)
    .map((r) => ({ label: label(r.key), value: r.value, valueText: format(r.value) }));
}

export function FigureSummary({ ctx, figures }: { ctx: TViewContext; figures: TDashboardFigures }) {
  const { t, i18n } = ctx;
  const lastRound = figures.rounds[figures.rounds.length - 1];
  return (
    <dl class="figures">
      <div>
        <dt>{t('commitments.dashboard.total')}</dt>
        <dd>{i18n.formatNumber(figures.total)}</dd>
      </div>
      <div>
        <dt>{t('commitments.dashboard.averagePercent')}</dt>
        <dd>
          {figures.averagePercent === null
            ? t('commitments.value.none')
            : i18n.formatNumber(figures.averagePercent / 100, { style: 'percent' })}
        </dd>
      </div>
      <div>
        <dt>{t('commitments.dashboard.delayed')}</dt>
        <dd>{i18n.formatNumber(figures.byProgress.get('delayed') ?? 0)}</dd>
      </div>
      <div>
        <dt>{t('commitments.dashboard.red')}</dt>
        <dd>{i18n.formatNumber(figures.byLight.get('red') ?? 0)}</dd>
      </div>
      {lastRound ? (
        <div>
          <dt dir="auto">{t('commitments.dashboard.lastRoundRate', { round: lastRound.title })}</dt>
          <dd>
            {i18n.formatNumber(lastRound.expected > 0 ? lastRound.reported / lastRound.expected : 0, {
              style: 'percent',
            })}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** One currency's committed total, and by how many commitments. */
type TFinancing = TDashboardFigures['financing'][number];

/** Every chart, each in its own section with a heading (h2, or h3 under the report's parts). */
export function DashboardSections({
  ctx,
  figures,
  sectionClass,
  isTableFolded = false,
}: {
  ctx: TViewContext;
  figures: TDashboardFigures;
  sectionClass?: string;
  /** The dashboard folds each chart's table into a disclosure; the printed report keeps them open. */
  isTableFolded?: boolean;
}) {
  const { t, i18n, locale } = ctx;
  const n = (value: number) => i18n.formatNumber(value);
  const dir = i18n.dir;
  const describe = (data: TChartDatum[], title: string) =>
    data.length === 0
      ? t('commitments.chart.none')
      : t('commitments.chart.describe', {
          title,
          total: figures.total,
          groups: data.length,
          top: data.reduce((best, d) => (d.value > best.value ? d : best)).label,
          count: Math.max(...data.map((d) => d.value)),
        });
  /** Each section's heading names its chart; the dashboard folds the table away. */
  const headed = (id: string) => ({
    headingId: `${id}-title`,
    ...(isTableFolded ? { tableSummary: t('commitments.chart.tableSummary') } : {}),
  });
  const text = (
    id: string,
    titleKey: string,
    data: TChartDatum[],
    labelKey = 'commitments.chart.category',
  ) => {
    const title = t(titleKey);
    return {
      id: `chart-${id}`,
      title,
      description: describe(data, title),
      labelHeader: t(labelKey),
      valueHeader: t('commitments.chart.commitments'),
      emptyText: t('commitments.chart.none'),
      ...headed(id),
    };
  };
  const bar = (id: string, titleKey: string, data: TChartDatum[], labelKey?: string) => (
    <BarChart text={text(id, titleKey, data, labelKey)} data={data} dir={dir} />
  );
  /** A facet's counts in the facet's own order, each labelled. */
  const byFacet = (facet: TCommitmentFacet, counts: TCount) =>
    ordered(counts, commitmentFacets[facet].values, (k) => facetLabel(i18n, facet, k), n);
  const lights = byFacet('light', figures.byLight).map((d, index) => ({
    ...d,
    tone: `chart-bar light-${stalenessLights.filter((l) => figures.byLight.has(l))[index] ?? 'new'}`,
  }));
  const rounds = figures.rounds.map((r) => {
    const share = r.expected > 0 ? r.reported / r.expected : 0;
    return {
      label: r.title,
      value: Math.round(share * 100),
      valueText: t('commitments.dashboard.rate', {
        reported: r.reported,
        expected: r.expected,
        share: i18n.formatNumber(share, { style: 'percent' }),
      }),
    };
  });
  const sections: Record<string, unknown> = {
    light: <BarChart text={text('light', 'commitments.dashboard.byLight', lights)} data={lights} dir={dir} />,
    progress: bar('progress', 'commitments.dashboard.byProgress', byFacet('progress', figures.byProgress)),
    kind: bar('kind', 'commitments.dashboard.byKind', byFacet('kind', figures.byKind)),
    stage: bar('stage', 'commitments.dashboard.byStage', byFacet('stage', figures.byStage)),
    level: bar('level', 'commitments.dashboard.byLevel', byFacet('level', figures.byLevel)),
    type: bar(
      'type',
      'commitments.dashboard.byType',
      ordered(figures.byType, null, (k) => stakeholderTypeLabel(i18n, k), n),
    ),
    'five-r': bar(
      'five-r',
      'commitments.dashboard.byFiveR',
      ordered(figures.byFiveR, null, (k) => conceptLabel(k, locale), n),
    ),
    sdg: bar(
      'sdg',
      'commitments.dashboard.bySdg',
      ordered(figures.bySdg, null, (k) => conceptLabel(k, locale), n),
    ),
    country: bar(
      'country',
      'commitments.dashboard.byCountry',
      ordered(figures.byCountry, null, (k) => countryName(locale, k), n, 25),
      'commitments.chart.country',
    ),
    theme: bar(
      'theme',
      'commitments.dashboard.byTheme',
      ordered(figures.byTheme, null, (k) => conceptLabel(k, locale), n),
    ),
    financing:
      figures.financing.length === 0 ? (
        <p>{t('commitments.dashboard.noFinancing')}</p>
      ) : (
        <ColumnTable
          caption={t('commitments.dashboard.financing')}
          isCaptionHidden
          items={figures.financing}
          columns={[
            rowHeaderColumn(t('commitments.field.currency'), (f: TFinancing) => f.currency),
            numberColumn(t('commitments.dashboard.financingTotal'), (f: TFinancing) =>
              formatAmount(locale, f.total, f.currency),
            ),
            numberColumn(t('commitments.chart.commitments'), (f: TFinancing) => n(f.count)),
          ]}
        />
      ),
    rounds: (
      <BarChart
        text={{
          id: 'chart-rounds',
          title: t('commitments.dashboard.rounds'),
          description:
            rounds.length === 0
              ? t('commitments.chart.none')
              : t('commitments.dashboard.roundsDescription', { count: rounds.length }),
          labelHeader: t('commitments.dashboard.round'),
          valueHeader: t('commitments.dashboard.reportingRate'),
          emptyText: t('commitments.dashboard.noRounds'),
          ...headed('rounds'),
        }}
        data={rounds}
        dir={dir}
        maxValue={100}
      />
    ),
    trend: (
      <ColumnChart
        text={{
          id: 'chart-trend',
          title: t('commitments.dashboard.trend'),
          description: t('commitments.dashboard.trendDescription', { years: figures.trend.length }),
          labelHeader: t('commitments.dashboard.year'),
          valueHeader: t('commitments.chart.commitments'),
          emptyText: t('commitments.chart.none'),
          ...headed('trend'),
        }}
        periods={figures.trend.map((y) => y.year)}
        series={[
          { name: t('commitments.dashboard.published'), tone: 'chart-bar' },
          { name: t('commitments.dashboard.reports'), tone: 'chart-bar-2' },
        ]}
        values={figures.trend.map((y) => [y.published, y.reports])}
        dir={dir}
        formatValue={n}
      />
    ),
  };
  return (
    <>
      {dashboardSections.map((section) => (
        <section id={section.id} aria-labelledby={`${section.id}-title`} class={sectionClass}>
          <h2 id={`${section.id}-title`}>{t(section.titleKey)}</h2>
          {sections[section.id] as never}
        </section>
      ))}
    </>
  );
}
