import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { countryShapes, mapHeight, mapWidth, shadeOf } from '../../../ui/charts/world-map.ts';
import type { TViewContext } from '../../../ui/view-context.ts';

/** A campaign's endorsers on the world map (inline SVG drawn on the server), shaded by how many per country. */
export function EndorsersMap({
  ctx,
  counts,
  campaignSlug,
}: {
  ctx: TViewContext;
  counts: ReadonlyMap<string, number>;
  campaignSlug: string;
}) {
  const { t } = ctx;
  const max = Math.max(0, ...counts.values());
  const id = `endorsers-map-${campaignSlug.replace(/[^\w-]/g, '')}`;
  const parts: string[] = [
    `<svg viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
    `<title id="${id}-title">${escapeHtml(t('campaigns.map.title'))}</title>`,
    `<desc id="${id}-desc">${escapeHtml(t('campaigns.map.desc', { countries: counts.size }))}</desc>`,
  ];
  for (const shape of countryShapes()) {
    const count = counts.get(shape.code) ?? 0;
    if (count === 0) {
      parts.push(`<path d="${shape.path}" class="shade-0"></path>`);
      continue;
    }
    const label = escapeHtml(
      t('campaigns.map.country', { country: countryName(ctx.locale, shape.code), count }),
    );
    parts.push(
      `<a href="${escapeHtml(ctx.href(`/members?country=${shape.code}`))}" aria-label="${label}">` +
        `<path d="${shape.path}" class="shade-${shadeOf(count, max)}"><title>${label}</title></path></a>`,
    );
  }
  parts.push('</svg>');
  return <figure class="world-map">{raw(parts.join(''))}</figure>;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
