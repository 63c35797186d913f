import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { countryShapes, mapHeight, mapWidth, shadeOf } from '../../../ui/charts/world-map.ts';
import { DataTable } from '../../../ui/components/data-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * The members' world map as inline SVG, drawn on the server. Each country with members is a link to
 * the directory filtered by that country, named for screen readers; the table beside the map gives
 * the same counts as text.
 */
export function WorldMapFigure({ ctx, counts }: { ctx: TViewContext; counts: ReadonlyMap<string, number> }) {
  const { t, i18n } = ctx;
  const max = Math.max(0, ...counts.values());
  return (
    <figure class="world-map">
      {raw(worldMapSvg(ctx, counts))}
      <figcaption>
        <span class="legend" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((step) => (
            <span class={`swatch shade-${step}`} />
          ))}
        </span>{' '}
        {t('organizations.map.legend', { max: i18n.formatNumber(max) })}
      </figcaption>
    </figure>
  );
}

const svgCache = new Map<string, { counts: ReadonlyMap<string, number>; svg: string }>();

/**
 * The SVG as markup, built with plain strings (174 countries: a JSX tree would cost more than the
 * query behind it) and kept per language for as long as the counts are the same object (the
 * service keeps one per data version).
 */
function worldMapSvg(ctx: TViewContext, counts: ReadonlyMap<string, number>): string {
  const cached = svgCache.get(ctx.locale);
  if (cached && cached.counts === counts) return cached.svg;
  const { t } = ctx;
  const max = Math.max(0, ...counts.values());
  const countries = [...counts.values()].filter((n) => n > 0).length;
  const parts: string[] = [
    `<svg viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" aria-labelledby="world-map-title world-map-desc" focusable="false">`,
    `<title id="world-map-title">${escapeHtml(t('organizations.map.svgTitle'))}</title>`,
    `<desc id="world-map-desc">${escapeHtml(t('organizations.map.svgDesc', { countries }))}</desc>`,
  ];
  for (const shape of countryShapes()) {
    const count = counts.get(shape.code) ?? 0;
    if (count === 0) {
      parts.push(`<path d="${shape.path}" class="shade-0"></path>`);
      continue;
    }
    const label = escapeHtml(
      t('organizations.map.countryLabel', { country: countryName(ctx.locale, shape.code), count }),
    );
    parts.push(
      `<a href="${escapeHtml(ctx.href(`/members?country=${shape.code}`))}" aria-label="${label}">` +
        `<path d="${shape.path}" class="shade-${shadeOf(count, max)}"><title>${label}</title></path></a>`,
    );
  }
  parts.push('</svg>');
  const svg = parts.join('');
  svgCache.set(ctx.locale, { counts, svg });
  return svg;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The counts behind the map, as a table sorted by count. */
export function CountryCountsTable({
  ctx,
  counts,
}: {
  ctx: TViewContext;
  counts: ReadonlyMap<string, number>;
}) {
  const { t, i18n } = ctx;
  const rows = [...counts]
    .filter(([, n]) => n > 0)
    .map(([code, n]) => ({ code, n, name: countryName(ctx.locale, code) }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, ctx.locale));
  return (
    <DataTable
      class="country-counts"
      caption={t('organizations.map.tableCaption')}
      headers={[t('organizations.field.country'), t('organizations.map.membersColumn')]}
      items={rows}
      row={(r) => (
        <>
          <th scope="row">
            <a href={ctx.href(`/members?country=${r.code}`)}>{r.name}</a>
          </th>
          <td>{i18n.formatNumber(r.n)}</td>
        </>
      )}
    />
  );
}
