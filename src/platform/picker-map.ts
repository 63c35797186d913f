import { type GeoProjection, geoCentroid, geoContains, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { allShapes, mainPart, thin } from './place-map.ts';

/**
 * The maps a place is picked on by a click (issue 16; ADR 0097): the world, and one map per country to
 * zoom into, drawn on the server from Natural Earth 1:50m like the record pages' maps (ADR 0072). Each
 * view has one fixed projection and a fixed size in pixels, so a click's x,y — sent by an
 * `<input type="image">` without a script, or measured by app.js — turn back into a longitude and a
 * latitude here (`pointOnPickerMap`). The image is shown at its own size (never scaled by CSS), and
 * no page direction flips it: x grows to the east on every page, Arabic ones too.
 */
export const pickerMapWidth = 320;
const worldHeight = 168;
const countryHeight = 260;

/**
 * What a click on a picker map came to: the map of the country clicked (`zoom`), the place nearest the
 * click (`place`, with the view it was made on), or nothing (`missed`: off the globe, far out at sea).
 * `view` is "world" or a country's ISO alpha-2 code.
 */
export type TMapClickResult =
  | { kind: 'zoom'; view: string }
  | {
      kind: 'place';
      view: string;
      place: { name: string; country: string | null; latitude: number | null; longitude: number | null };
    }
  | { kind: 'missed'; view: string };

type TView = { projection: GeoProjection; width: number; height: number; country: string | null };

const views = new Map<string, TView | null>();
const drawings = new Map<string, string>();

function shapeOf(code: string) {
  return allShapes().find((s) => s.code === code);
}

/** The view a form sent, or null when it is not one (a forged value): "world" or a known country. */
export function pickerView(view: string): TView | null {
  if (views.has(view)) return views.get(view) ?? null;
  let made: TView | null = null;
  if (view === 'world') {
    const projection = geoNaturalEarth1().fitExtent(
      [
        [2, 2],
        [pickerMapWidth - 2, worldHeight - 2],
      ],
      { type: 'Sphere' },
    );
    made = { projection, width: pickerMapWidth, height: worldHeight, country: null };
  } else if (/^[A-Z]{2}$/.test(view)) {
    const shape = shapeOf(view);
    if (shape) {
      // Centred on the country's main land, so that one crossing the antimeridian (Russia) stays whole.
      const main = mainPart(shape.feature);
      const [longitude] = geoCentroid(main);
      const projection = geoMercator()
        .rotate([-longitude, 0])
        .fitExtent(
          [
            [10, 10],
            [pickerMapWidth - 10, countryHeight - 10],
          ],
          main,
        );
      projection.clipExtent([
        [0, 0],
        [pickerMapWidth, countryHeight],
      ]);
      made = { projection, width: pickerMapWidth, height: countryHeight, country: view };
    }
  }
  views.set(view, made);
  return made;
}

/** Where a click on a view's image is on Earth, or null outside the drawn globe. */
export function pointOnPickerMap(
  view: string,
  x: number,
  y: number,
): { latitude: number; longitude: number } | null {
  const v = pickerView(view);
  if (!v || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (x < 0 || y < 0 || x > v.width || y > v.height) return null;
  const point = v.projection.invert?.([x, y]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  // A point outside the world map's oval inverts to nonsense: the projection must give the click back.
  const back = v.projection(point);
  if (!back || Math.abs(back[0] - x) > 1 || Math.abs(back[1] - y) > 1) return null;
  let longitude = ((((point[0] + 180) % 360) + 360) % 360) - 180;
  if (longitude === -180 && point[0] > 0) longitude = 180;
  return { latitude: Math.round(point[1] * 1000) / 1000, longitude: Math.round(longitude * 1000) / 1000 };
}

/** Where a point is drawn on a view, in its pixels (for tests and for markers). */
export function pixelOnPickerMap(
  view: string,
  latitude: number,
  longitude: number,
): { x: number; y: number } | null {
  const v = pickerView(view);
  const p = v?.projection([longitude, latitude]);
  return p ? { x: Math.round(p[0]), y: Math.round(p[1]) } : null;
}

/** The country (ISO alpha-2) a point lies in, or null at sea. */
export function countryAtPoint(latitude: number, longitude: number): string | null {
  for (const shape of allShapes()) {
    const [[west, south], [east, north]] = shape.bounds;
    if (latitude < south || latitude > north) continue;
    if (west <= east && (longitude < west || longitude > east)) continue;
    if (geoContains(shape.feature as Feature<Geometry>, [longitude, latitude])) return shape.code || null;
  }
  return null;
}

/**
 * The view's image as SVG: land in one colour, the zoomed country in another, the gazetteer's places
 * of that country as dots (`dots`), a marker at `mark`. Kept in memory by its inputs.
 */
export function pickerMapSvg(
  view: string,
  dots: readonly { latitude: number; longitude: number }[] = [],
  mark: { latitude: number; longitude: number } | null = null,
): string | null {
  const v = pickerView(view);
  if (!v) return null;
  const key = `${view}|${dots.map((d) => `${d.latitude},${d.longitude}`).join(';')}|${mark ? `${mark.latitude},${mark.longitude}` : ''}`;
  const kept = drawings.get(key);
  if (kept) return kept;
  const path = geoPath(v.projection).digits(1);
  const land: string[] = [];
  let own = '';
  for (const shape of allShapes()) {
    const d = thin(path(shape.feature) ?? '');
    if (d === '') continue;
    if (shape.code === v.country) own = d;
    else land.push(d);
  }
  const circles = dots
    .map((d) => v.projection([d.longitude, d.latitude]))
    .filter((p): p is [number, number] => p !== null)
    .map(([x, y]) => `<circle cx="${Math.round(x)}" cy="${Math.round(y)}" r="2.5" fill="#7a3e12"/>`)
    .join('');
  const at = mark ? v.projection([mark.longitude, mark.latitude]) : null;
  const marker = at
    ? `<circle cx="${Math.round(at[0])}" cy="${Math.round(at[1])}" r="6" fill="none" stroke="#b3261e" stroke-width="2.5"/>`
    : '';
  const sphere = view === 'world' ? `<path d="${path({ type: 'Sphere' }) ?? ''}" fill="#dcebf2"/>` : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${v.width}" height="${v.height}" viewBox="0 0 ${v.width} ${v.height}">` +
    `<rect width="${v.width}" height="${v.height}" fill="${view === 'world' ? '#ffffff' : '#dcebf2'}"/>${sphere}` +
    `<path d="${land.join('')}" fill="#e9e4d8" stroke="#9a9384" stroke-width="0.5"/>` +
    (own ? `<path d="${own}" fill="#cfe3d6" stroke="#0b5e55" stroke-width="1"/>` : '') +
    `${circles}${marker}</svg>`;
  if (drawings.size >= 200) drawings.delete(drawings.keys().next().value as string);
  drawings.set(key, svg);
  return svg;
}

/** The size of a view's image, for the `<input type="image">`'s width and height. */
export function pickerMapSize(view: string): { width: number; height: number } {
  const v = pickerView(view);
  return { width: v?.width ?? pickerMapWidth, height: v?.height ?? worldHeight };
}
