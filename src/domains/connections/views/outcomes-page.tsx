import { regionLabel } from '../../../taxonomy/region-label.ts';
import { BarChart, type TChartDatum } from '../../../ui/charts/bar-chart.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOutcomeCount } from '../connections.record.ts';

export function sectorPairLabel(ctx: TViewContext, pair: string): string {
  return pair
    .split('+')
    .map((sector) => ctx.t(`connections.sector.${sector}`))
    .join(' – ');
}

/** Connections made, by sector pair (chart and table), region and year; the secretariat also sees who. */
export function OutcomesPage(props: {
  ctx: TViewContext;
  counts: TOutcomeCount[];
  introductions:
    | {
        id: string;
        createdAt: string;
        requester: string;
        receiver: string;
        subjectType: string;
        state: string;
      }[]
    | null;
}) {
  const { ctx, counts } = props;
  const { t } = ctx;
  const byPair = new Map<string, number>();
  for (const c of counts) byPair.set(c.sectorPair, (byPair.get(c.sectorPair) ?? 0) + c.count);
  const data: TChartDatum[] = [...byPair]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([pair, value]) => ({
      label: sectorPairLabel(ctx, pair),
      value,
      valueText: ctx.i18n.formatNumber(value),
    }));
  const title = t('connections.outcomes.title');
  return (
    <Layout ctx={ctx} title={title} description={t('connections.outcomes.lead')}>
      <h1>{title}</h1>
      <p class="lead">{t('connections.outcomes.lead')}</p>
      <p>
        <a href={`/${ctx.locale}/connections/outcomes.csv`} download>
          {t('connections.outcomes.csv')}
        </a>
      </p>
      <BarChart
        dir={ctx.i18n.dir}
        data={data}
        text={{
          id: 'sector-pairs',
          title: t('connections.outcomes.chartTitle'),
          description: t('connections.outcomes.chartDescription'),
          labelHeader: t('connections.outcomes.sectorPair'),
          valueHeader: t('connections.outcomes.count'),
          emptyText: t('connections.outcomes.empty'),
        }}
      />
      {counts.length > 0 ? (
        <table>
          <caption>{t('connections.outcomes.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('connections.outcomes.year')}</th>
              <th scope="col">{t('connections.outcomes.sectorPair')}</th>
              <th scope="col">{t('connections.outcomes.region')}</th>
              <th scope="col">{t('connections.outcomes.kind')}</th>
              <th scope="col" class="number">
                {t('connections.outcomes.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr>
                <td>{String(c.year)}</td>
                <td>{sectorPairLabel(ctx, c.sectorPair)}</td>
                <td>{regionLabel(ctx.i18n, c.region)}</td>
                <td>{t(`connections.outcome.kind.${c.kind}`)}</td>
                <td class="number">{ctx.i18n.formatNumber(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {props.introductions ? (
        <section aria-labelledby="all-introductions">
          <h2 id="all-introductions">{t('connections.outcomes.introductions')}</h2>
          <p class="hint">{t('connections.outcomes.introductionsHint')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('connections.outcomes.date')}</th>
                <th scope="col">{t('connections.outcomes.from')}</th>
                <th scope="col">{t('connections.outcomes.to')}</th>
                <th scope="col">{t('connections.outcomes.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.introductions.map((i) => (
                <tr>
                  <td>{ctx.i18n.formatDate(i.createdAt, 'medium')}</td>
                  <td>
                    <bdi>{i.requester}</bdi>
                  </td>
                  <td>
                    <bdi>{i.receiver}</bdi>
                  </td>
                  <td>{t(`connections.thread.state.${i.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Layout>
  );
}
