import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { CountryCountsTable, WorldMapFigure } from './world-map-figure.tsx';

export function MapPage({ ctx, counts }: { ctx: TViewContext; counts: ReadonlyMap<string, number> }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('organizations.map.title')} description={t('organizations.map.lead')}>
      <h1>{t('organizations.map.title')}</h1>
      <p class="lead">{t('organizations.map.lead')}</p>
      <p>
        <a href={ctx.href('/members')}>{t('organizations.map.backToList')}</a>
      </p>
      <div class="map-layout">
        <WorldMapFigure ctx={ctx} counts={counts} />
        <CountryCountsTable ctx={ctx} counts={counts} />
      </div>
    </Layout>
  );
}
