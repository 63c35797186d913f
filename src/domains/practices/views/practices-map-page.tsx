import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { escapeHtml } from '../../../platform/search/snippet.ts';
import { countryShapes, mapHeight, mapWidth, shadeOf } from '../../../ui/charts/world-map.ts';
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
          {raw(mapSvg(ctx, counts, max))}
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

function mapSvg(ctx: TViewContext, counts: ReadonlyMap<string, number>, max: number): string {
  const { t } = ctx;
  const parts = [
    `<svg viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" aria-labelledby="practices-map-title" focusable="false">`,
    `<title id="practices-map-title">${escapeHtml(t('practices.map.svgTitle', { countries: counts.size }))}</title>`,
  ];
  for (const shape of countryShapes()) {
    const count = counts.get(shape.code) ?? 0;
    if (count === 0) {
      parts.push(`<path d="${shape.path}" class="shade-0"></path>`);
      continue;
    }
    const label = escapeHtml(
      t('practices.map.countryLabel', { country: countryName(ctx.locale, shape.code), count }),
    );
    parts.push(
      `<a href="${escapeHtml(ctx.href(`/practices?country=${shape.code}`))}" aria-label="${label}">` +
        `<path d="${shape.path}" class="shade-${shadeOf(count, max)}"><title>${label}</title></path></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
