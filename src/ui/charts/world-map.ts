import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2ByNumeric } from './iso-numeric.ts';

/**
 * The world map's shapes, computed once per process: every country of Natural Earth 1:110m
 * (world-atlas) projected with Equal Earth (areas stay true, so no region looks bigger than it is)
 * into SVG path data. Pages only choose a colour and a link per country.
 */
export type TCountryShape = { code: string; path: string };

export const mapWidth = 960;
export const mapHeight = 470;

let shapes: readonly TCountryShape[] | undefined;

export function countryShapes(): readonly TCountryShape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const drawn = collection.features.filter((f) => codeOf(f) !== 'AQ');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [mapWidth - 4, mapHeight - 4],
    ],
    { type: 'FeatureCollection', features: drawn },
  );
  const path = geoPath(projection).digits(1);
  shapes = drawn
    .map((f) => ({ code: codeOf(f), path: path(f) ?? '' }))
    .filter((s): s is TCountryShape => s.code !== '' && s.path !== '');
  return shapes;
}

function codeOf(f: Feature<Geometry, { name: string }>): string {
  if (f.id !== undefined) return alpha2ByNumeric.get(String(f.id).padStart(3, '0')) ?? '';
  return f.properties.name === 'Kosovo' ? 'XK' : '';
}

/** Colour steps: 0 for none, then 1–5 on a logarithmic scale up to the busiest country. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  if (max === 1) return 5;
  return Math.min(5, 1 + Math.floor((Math.log(count) / Math.log(max)) * 4.999));
}
