import { createHash } from 'node:crypto';
import { countryShapes, mapHeight, mapWidth, shadeOf } from '../../../ui/charts/world-map.ts';

/**
 * The members' world map as a picture (an SVG file for `<img>`): the same shapes and shades as the map
 * page, but without links or names, and with colours as attributes (no style sheet reaches an image,
 * and the CSP allows no inline style). The shapes of one shade are one path, so the file is about as
 * small as the map can be. Pages that only show the map and link to /members/map (the home page) use
 * it, so their HTML stays small and the browser keeps the picture.
 */
const shadeFills = ['#d8d4ca', '#b7dcd5', '#7fbfb3', '#3f9a8b', '#167566', '#0b4a42'] as const;

let cached: { counts: ReadonlyMap<string, number>; svg: string; version: string } | undefined;

function build(counts: ReadonlyMap<string, number>) {
  if (cached?.counts === counts) return cached;
  const max = Math.max(0, ...counts.values());
  const byShade: string[][] = shadeFills.map(() => []);
  for (const shape of countryShapes()) byShade[shadeOf(counts.get(shape.code) ?? 0, max)]?.push(shape.path);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}">`,
    `<rect width="${mapWidth}" height="${mapHeight}" rx="8" fill="#eef4f8"/>`,
    '<g stroke="#ffffff" stroke-width="0.5">',
    ...byShade.map((paths, shade) =>
      paths.length > 0 ? `<path fill="${shadeFills[shade]}" d="${paths.join('')}"/>` : '',
    ),
    '</g></svg>',
  ].join('');
  const version = createHash('sha256')
    .update([...counts].map(([code, n]) => `${code}${n}`).join(','))
    .digest('hex')
    .slice(0, 10);
  cached = { counts, svg, version };
  return cached;
}

/** The picture's SVG markup for these counts (kept while the counts are the same object). */
export function worldMapImageSvg(counts: ReadonlyMap<string, number>): string {
  return build(counts).svg;
}

/** A short fingerprint of the counts, put in the picture's address so that browsers fetch a new one. */
export function worldMapImageVersion(counts: ReadonlyMap<string, number>): string {
  return build(counts).version;
}

export { mapHeight as worldMapImageHeight, mapWidth as worldMapImageWidth };
