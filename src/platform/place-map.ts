import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * A small map of one place, drawn on the server from Natural Earth 1:50m (world-atlas): the country
 * outline, its neighbours cut at the frame, and a marker at the coordinates when there are some. No
 * tile server, no script, no inline style: the page gets path data and a marker position, and the CSP
 * stays as it is (ADR 0072). The shapes are read once per process; each map is kept by its inputs.
 */
export type TPlaceMapInput = {
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type TPlaceMap = {
  width: number;
  height: number;
  /** The neighbouring countries, one path. */
  around: string;
  /** The place's own country, or '' when it is not drawn. */
  country: string;
  marker: { x: number; y: number } | null;
};

export const placeMapWidth = 320;
export const placeMapHeight = 200;

type TBounds = [[number, number], [number, number]];
export type TCountryShape = {
  code: string;
  feature: Feature<Geometry>;
  main: Feature<Geometry>;
  span: number;
  bounds: TBounds;
};

let shapes: readonly TCountryShape[] | undefined;
const made = new Map<string, TPlaceMap | null>();
const keep = 500;

/** Every country of Natural Earth 1:50m with its ISO alpha-2 code, read once per process. */
export function allShapes(): readonly TCountryShape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const numericToAlpha2 = alpha2Table();
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  shapes = collection.features
    .map((f) => {
      const code =
        f.id !== undefined
          ? (numericToAlpha2.get(String(f.id).padStart(3, '0')) ?? '')
          : f.properties.name === 'Kosovo'
            ? 'XK'
            : '';
      const bounds = geoBounds(f) as TBounds;
      const [[west], [east]] = bounds;
      const span = east >= west ? east - west : 360 - west + east;
      return { code, feature: f as Feature<Geometry>, main: mainPart(f), span, bounds };
    })
    .filter((s) => s.code !== 'AQ');
  return shapes;
}

/** The largest polygon of a country (France without its overseas regions), to frame a map on. */
export function mainPart(f: Feature<Geometry>): Feature<Geometry> {
  if (f.geometry.type !== 'MultiPolygon') return f;
  let best: Feature<Geometry> = f;
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const part: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const area = geoArea(part);
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  return best;
}

/** Whether two longitude/latitude boxes may meet (a box across the antimeridian always may). */
function mayMeet(a: TBounds, b: TBounds): boolean {
  const [[aw, as], [ae, an]] = a;
  const [[bw, bs], [be, bn]] = b;
  if (as > bn || bs > an) return false;
  if (aw > ae || bw > be) return true;
  return !(aw > be || bw > ae);
}

/**
 * Path data with the points closer than a pixel to the last kept one left out: at this size they
 * draw nothing, and leaving them out makes a neighbour's outline a few hundred bytes, not kilobytes.
 */
export function thin(d: string): string {
  return d.replace(/M[^MZ]+Z?/g, (ring) => {
    const closed = ring.endsWith('Z');
    const points = ring
      .replace(/Z$/, '')
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    const kept: [number, number][] = [];
    for (const p of points) {
      const last = kept[kept.length - 1];
      if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 1.5) kept.push(p);
    }
    if (kept.length < (closed ? 3 : 2)) return '';
    return `M${kept.map((p) => `${Math.round(p[0])},${Math.round(p[1])}`).join('L')}${closed ? 'Z' : ''}`;
  });
}

/** A square of about `degrees` around a point, to frame a map on it. */
function boxAround(latitude: number, longitude: number, degrees: number): Feature<Polygon> {
  const d = degrees / 2;
  const south = Math.max(-80, latitude - d);
  const north = Math.min(80, latitude + d);
  const west = longitude - d;
  const east = longitude + d;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  };
}

function hasPoint(input: TPlaceMapInput): input is TPlaceMapInput & { latitude: number; longitude: number } {
  return (
    input.latitude !== null &&
    input.longitude !== null &&
    Number.isFinite(input.latitude) &&
    Number.isFinite(input.longitude) &&
    Math.abs(input.latitude) <= 85 &&
    Math.abs(input.longitude) <= 180
  );
}

function draw(input: TPlaceMapInput): TPlaceMap | null {
  const all = allShapes();
  const code = input.country?.toUpperCase();
  const own = code ? all.find((s) => s.code === code) : undefined;
  const point = hasPoint(input);
  if (!own && !point) return null;
  // A large country (or one with far territories) is framed on the point instead of as a whole.
  const frame: Feature<Geometry> =
    own && (!point || own.span <= 25)
      ? own.main
      : boxAround(input.latitude as number, input.longitude as number, own ? 8 : 5);
  const frameBounds = geoBounds(frame) as TBounds;
  const seen: TBounds = [
    [frameBounds[0][0] - 5, frameBounds[0][1] - 5],
    [frameBounds[1][0] + 5, frameBounds[1][1] + 5],
  ];
  const pad = 12;
  const projection = geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [placeMapWidth - pad, placeMapHeight - pad],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [placeMapWidth, placeMapHeight],
    ]);
  const path = geoPath(projection).digits(1);
  const around = all
    .filter((s) => s !== own && mayMeet(s.bounds, seen))
    .map((s) => thin(path(s.feature) ?? ''))
    .filter((d) => d !== '')
    .join('');
  const marker = point ? projection([input.longitude as number, input.latitude as number]) : null;
  return {
    width: placeMapWidth,
    height: placeMapHeight,
    around,
    country: own ? thin(path(own.feature) ?? '') : '',
    marker:
      marker && marker[0] >= 0 && marker[0] <= placeMapWidth && marker[1] >= 0 && marker[1] <= placeMapHeight
        ? { x: Math.round(marker[0] * 10) / 10, y: Math.round(marker[1] * 10) / 10 }
        : null,
  };
}

/** The map of a place, or null when there is nothing to draw (no known country and no coordinates). */
export function placeMap(input: TPlaceMapInput): TPlaceMap | null {
  const key = `${input.country ?? ''}|${input.latitude ?? ''}|${input.longitude ?? ''}`;
  if (made.has(key)) return made.get(key) ?? null;
  const map = draw(input);
  if (made.size >= keep) made.delete(made.keys().next().value as string);
  made.set(key, map);
  return map;
}

/**
 * A directions link to a street address on OpenStreetMap (its own routing page, opened as a normal
 * link): the address is the destination, the starting point is left to the reader.
 */
export function directionsUrl(address: string): string {
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(address)}`;
}

/** A link to the place on OpenStreetMap, for a bigger map than the page's. */
export function openMapUrl(latitude: number, longitude: number, zoom = 14): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=${zoom}/${latitude}/${longitude}`;
}

// ISO 3166-1 numeric → alpha-2 for the countries world-atlas draws (platform keeps its own copy of the
// table: the organisations domain's world map is a domain's, and platform imports none).
function alpha2Table(): Map<string, string> {
  const table = `
004:AF 008:AL 010:AQ 012:DZ 016:AS 020:AD 024:AO 028:AG 031:AZ 032:AR 036:AU 040:AT 044:BS 048:BH
050:BD 051:AM 052:BB 056:BE 060:BM 064:BT 068:BO 070:BA 072:BW 076:BR 084:BZ 090:SB 092:VG 096:BN
100:BG 104:MM 108:BI 112:BY 116:KH 120:CM 124:CA 132:CV 136:KY 140:CF 144:LK 148:TD 152:CL 156:CN
158:TW 170:CO 174:KM 178:CG 180:CD 184:CK 188:CR 191:HR 192:CU 196:CY 203:CZ 204:BJ 208:DK 212:DM
214:DO 218:EC 222:SV 226:GQ 231:ET 232:ER 233:EE 234:FO 238:FK 239:GS 242:FJ 246:FI 248:AX 250:FR
258:PF 260:TF 262:DJ 266:GA 268:GE 270:GM 275:PS 276:DE 288:GH 296:KI 300:GR 304:GL 308:GD 316:GU
320:GT 324:GN 328:GY 332:HT 334:HM 336:VA 340:HN 344:HK 348:HU 352:IS 356:IN 360:ID 364:IR 368:IQ
372:IE 376:IL 380:IT 384:CI 388:JM 392:JP 398:KZ 400:JO 404:KE 408:KP 410:KR 414:KW 417:KG 418:LA
422:LB 426:LS 428:LV 430:LR 434:LY 438:LI 440:LT 442:LU 446:MO 450:MG 454:MW 458:MY 462:MV 466:ML
470:MT 478:MR 480:MU 484:MX 492:MC 496:MN 498:MD 499:ME 500:MS 504:MA 508:MZ 512:OM 516:NA 520:NR
524:NP 528:NL 531:CW 533:AW 534:SX 540:NC 548:VU 554:NZ 558:NI 562:NE 566:NG 570:NU 574:NF 578:NO
580:MP 583:FM 584:MH 585:PW 586:PK 591:PA 598:PG 600:PY 604:PE 608:PH 612:PN 616:PL 620:PT 624:GW
626:TL 630:PR 634:QA 642:RO 643:RU 646:RW 652:BL 654:SH 659:KN 660:AI 662:LC 663:MF 666:PM 670:VC
674:SM 678:ST 682:SA 686:SN 688:RS 690:SC 694:SL 702:SG 703:SK 704:VN 705:SI 706:SO 710:ZA 716:ZW
724:ES 728:SS 729:SD 732:EH 740:SR 748:SZ 752:SE 756:CH 760:SY 762:TJ 764:TH 768:TG 776:TO 780:TT
784:AE 788:TN 792:TR 795:TM 796:TC 798:TV 800:UG 804:UA 807:MK 818:EG 826:GB 831:GG 832:JE 833:IM
834:TZ 840:US 850:VI 854:BF 858:UY 860:UZ 862:VE 876:WF 882:WS 887:YE 894:ZM`;
  return new Map(
    table
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(':') as [string, string]),
  );
}
