import { countryShapes, mapHeight, mapWidth, shadeOf } from './world-map.ts';

/** Text for an SVG element or an attribute in double quotes. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The world map as SVG markup, each country shaded by its count against the largest (`shadeOf`); a
 * country with a count is a link, labelled with the country and its count. The SVG is a labelled group:
 * its title (and description, when given) name what is counted. Members, a campaign's endorsers and the
 * practices by country draw it; the caller wraps it in its figure.
 */
export function shadedWorldMapSvg(map: {
  counts: ReadonlyMap<string, number>;
  title: { id: string; text: string };
  description?: { id: string; text: string };
  /** The words of a country's link: "Poland: 3 practices". */
  countryLabel: (code: string, count: number) => string;
  /** Where a country's link goes (the list narrowed to it). */
  countryHref: (code: string) => string;
}): string {
  const max = Math.max(0, ...map.counts.values());
  const labelledBy = [map.title.id, map.description?.id].filter(Boolean).join(' ');
  const parts = [
    `<svg viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" aria-labelledby="${labelledBy}" focusable="false">`,
    `<title id="${map.title.id}">${escapeText(map.title.text)}</title>`,
  ];
  if (map.description) {
    parts.push(`<desc id="${map.description.id}">${escapeText(map.description.text)}</desc>`);
  }
  for (const shape of countryShapes()) {
    const count = map.counts.get(shape.code) ?? 0;
    if (count === 0) {
      parts.push(`<path d="${shape.path}" class="shade-0"></path>`);
      continue;
    }
    const label = escapeText(map.countryLabel(shape.code, count));
    parts.push(
      `<a href="${escapeText(map.countryHref(shape.code))}" aria-label="${label}">` +
        `<path d="${shape.path}" class="shade-${shadeOf(count, max)}"><title>${label}</title></path></a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
