import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { shadedWorldMapSvg } from '../../../ui/charts/shaded-world-map.ts';
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
  const id = `endorsers-map-${campaignSlug.replace(/[^\w-]/g, '')}`;
  const svg = shadedWorldMapSvg({
    counts,
    title: { id: `${id}-title`, text: t('campaigns.map.title') },
    description: { id: `${id}-desc`, text: t('campaigns.map.desc', { countries: counts.size }) },
    countryLabel: (code, count) =>
      t('campaigns.map.country', { country: countryName(ctx.locale, code), count }),
    countryHref: (code) => ctx.href(`/members?country=${code}`),
  });
  return <figure class="world-map">{raw(svg)}</figure>;
}
