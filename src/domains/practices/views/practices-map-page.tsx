import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { shadedWorldMapSvg } from '../../../ui/charts/shaded-world-map.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * Practices by country: the directory's world map (the same shapes and shades), each country with
 * practices a link to the repository narrowed to it, and the same counts as a table.
 */
export function PracticesMapPage({
  ctx,
  counts,
}: {
  ctx: TViewContext;
  counts: ReadonlyMap<string, number>;
}) {
  const { t, i18n } = ctx;
  const max = Math.max(0, ...counts.values());
  const rows = [...counts]
    .map(([code, n]) => ({ code, n, name: countryName(ctx.locale, code) }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, ctx.locale));
  return (
    <Layout ctx={ctx} title={t('practices.map.title')} description={t('practices.map.lead')}>
      <h1>{t('practices.map.title')}</h1>
      <p class="lead">{t('practices.map.lead')}</p>
      <div class="map-layout">
        <figure class="world-map">
          {raw(mapSvg(ctx, counts))}
          <figcaption>
            <span class="legend" aria-hidden="true">
              {[1, 2, 3, 4, 5].map((step) => (
                <span class={`swatch shade-${step}`} />
              ))}
            </span>{' '}
            {t('practices.map.legend', { max: i18n.formatNumber(max) })}
          </figcaption>
        </figure>
        <div class="table-wrap country-counts">
          <table>
            <caption>{t('practices.map.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('search.facet.country')}</th>
                <th scope="col">{t('practices.map.countColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={ctx.href(`/practices?country=${r.code}`)}>{r.name}</a>
                  </th>
                  <td>{i18n.formatNumber(r.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Layout>
  );
}

function mapSvg(ctx: TViewContext, counts: ReadonlyMap<string, number>): string {
  const { t } = ctx;
  return shadedWorldMapSvg({
    counts,
    title: { id: 'practices-map-title', text: t('practices.map.svgTitle', { countries: counts.size }) },
    countryLabel: (code, count) =>
      t('practices.map.countryLabel', { country: countryName(ctx.locale, code), count }),
    countryHref: (code) => ctx.href(`/practices?country=${code}`),
  });
}
