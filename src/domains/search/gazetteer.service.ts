import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { announceChange, onChange } from '../../platform/change-feed.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  countryAtPoint,
  pickerMapSvg,
  pickerView,
  pointOnPickerMap,
  type TMapClickResult,
} from '../../platform/picker-map.ts';
import { foldLatin, normaliseText } from '../../platform/search/normalise.ts';
import { requireReindex } from '../../platform/search/reindex-records.ts';
import { gazetteerPolicy } from './gazetteer.policy.ts';
import {
  countGazetteerPlaces,
  fillGazetteerCoordinates,
  findGazetteerPlace,
  insertGazetteerPlace,
  listGazetteerPlaces,
  updateGazetteerNames,
} from './gazetteer.repository.ts';
import { ZMoreNames, ZNewPlace } from './gazetteer.schemas.ts';
import { placeNameFor, useGazetteer } from './hub-places.ts';
import { placeSeeds } from './place-seeds.ts';
import { reindexSearch } from './reindex.service.ts';
import type { TGazetteerPlace } from './search.record.ts';

/**
 * The gazetteer kept by curators (issue 12): cities and other places a query can name, with their
 * names in other languages and scripts. Seeded from place-seeds.ts on a hub's first start; every
 * change is audited and announced, so the analyser of every node reads the new names at once (a
 * query naming the place understands it at once), and a durable job indexes every record again from
 * its domain, so that records saved before the name was known carry the place too — both the places
 * their text names and the cities they only declare (which the stored search text does not hold).
 */

/** Indexes the records again after a gazetteer change, on whichever node claims it. */
export const gazetteerRebuildJob = 'search.rebuild_for_places';

export function registerGazetteerJobs(deps: TDeps): void {
  deps.jobs.register(gazetteerRebuildJob, async (_job, { heartbeat }) => {
    // This node may not have heard of the change yet: read the places before analysing.
    await reload(deps);
    // Interrupted, the "reindex" request stays and the next start (or this job's retry) finishes it.
    await reindexSearch(deps, () => {
      heartbeat().catch((error) => deps.logger.warn({ err: error }, 'gazetteer job heartbeat failed'));
    });
  });
}

async function afterChange(deps: TDeps, trx: TDb, at: string): Promise<void> {
  await requireReindex(trx);
  await deps.jobs.enqueue(trx, { kind: gazetteerRebuildJob, dedupeKey: `${gazetteerRebuildJob}:${at}` });
}

async function announce(deps: TDeps): Promise<void> {
  await reload(deps);
  announceChange({ topic: 'gazetteer' });
  deps.jobs.kick();
}

async function reload(deps: Pick<TDeps, 'db'>): Promise<TGazetteerPlace[]> {
  const places = await listGazetteerPlaces(deps.db);
  useGazetteer(places);
  return places;
}

/**
 * On start: seeds an empty table, loads the places into the analyser, and reloads them whenever any
 * node announces a change. Returns the function that stops listening.
 */
export async function startGazetteer(deps: Pick<TDeps, 'db' | 'clock' | 'logger'>): Promise<() => void> {
  if ((await countGazetteerPlaces(deps.db)) === 0) {
    const at = deps.clock.now().toISOString();
    for (const seed of placeSeeds) {
      await insertGazetteerPlace(deps.db, { ...seed, names: [...seed.names], at, by: null });
    }
  }
  // A hub seeded before places had coordinates gets those of the seeded places it still has.
  const known = await listGazetteerPlaces(deps.db);
  for (const seed of placeSeeds) {
    const place = known.find((p) => p.id === seed.id);
    if (place && (place.latitude === null || place.latitude === undefined)) {
      await fillGazetteerCoordinates(deps.db, seed.id, seed);
    }
  }
  // A hub seeded before a city joined the list (New York, Paris… in issue 16) gets it, unless its
  // editors already added that city under another id (a place of that country with one of its names);
  // the records are indexed again on this start (main.ts), so that those naming it are found by it.
  const missing = placeSeeds.filter(
    (seed) =>
      !known.some(
        (p) =>
          p.id === seed.id ||
          (p.country === seed.country && p.names.some((n) => seed.names.some((m) => plain(m) === plain(n)))),
      ),
  );
  if (missing.length > 0) {
    const at = deps.clock.now().toISOString();
    await deps.db.transaction().execute(async (trx) => {
      for (const seed of missing)
        await insertGazetteerPlace(trx, { ...seed, names: [...seed.names], at, by: null });
      await requireReindex(trx);
    });
    deps.logger.info(
      { places: missing.map((seed) => seed.id) },
      'gazetteer: cities added to the list seeded',
    );
  }
  await reload(deps);
  return onChange((change) => {
    if (change.topic !== 'gazetteer') return;
    reload(deps).catch((error) => deps.logger.warn({ err: error }, 'gazetteer reload failed'));
  });
}

export async function readGazetteer(deps: TDeps, actor: TActor): Promise<TGazetteerPlace[]> {
  gazetteerPolicy.authorize(actor, 'view');
  return listGazetteerPlaces(deps.db);
}

type TMeta = { requestId?: string | null };

/** Adds a place with its names; an id already used is a message on the id field. */
export async function addPlace(deps: TDeps, actor: TActor, raw: unknown, meta: TMeta = {}): Promise<void> {
  gazetteerPolicy.authorize(actor, 'edit');
  const input = parseOrThrow(ZNewPlace, raw);
  if (await findGazetteerPlace(deps.db, input.id)) {
    throw new AppError('conflict', { fieldErrors: { id: 'search.places.errors.idTaken' } });
  }
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertGazetteerPlace(trx, { ...input, at, by: actor.userId });
    await audit(
      trx,
      { actorId: actor.userId, requestId: meta.requestId, at },
      'search.place_added',
      { type: 'search_place', id: input.id },
      { country: input.country, names: input.names },
    );
    await afterChange(deps, trx, at);
  });
  await announce(deps);
}

/** Adds names (another language, another spelling) to a place; names it has already are skipped. */
export async function addPlaceNames(
  deps: TDeps,
  actor: TActor,
  placeId: string,
  raw: unknown,
  meta: TMeta = {},
): Promise<void> {
  gazetteerPolicy.authorize(actor, 'edit');
  const place = await findGazetteerPlace(deps.db, placeId);
  if (!place) throw new AppError('not_found');
  const { names } = parseOrThrow(ZMoreNames, raw);
  const added = names.filter((n) => !place.names.includes(n));
  if (added.length === 0) return;
  const all = [...place.names, ...added];
  if (all.length > 60)
    throw new AppError('validation_failed', { fieldErrors: { names: 'validation.tooLong' } });
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateGazetteerNames(trx, place.id, all, { at, by: actor.userId });
    await audit(
      trx,
      { actorId: actor.userId, requestId: meta.requestId, at },
      'search.place_names_added',
      { type: 'search_place', id: place.id },
      { names: added },
    );
    await afterChange(deps, trx, at);
  });
  await announce(deps);
}

/** A gazetteer place as a form offers it: its name for the reader, its country and where it is. */
export type TPlaceChoice = {
  id: string;
  name: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
};

/** Case, Latin accents and Arabic letter variants aside, as the search analyser reads text. */
const plain = (text: string) => foldLatin(normaliseText(text)).trim();

/**
 * Where a named city is: the gazetteer place of that country one of whose names is exactly `name`
 * (accents, case and script variants aside), with its coordinates; null when the gazetteer has none.
 */
export async function locatePlace(
  deps: Pick<TDeps, 'db'>,
  name: string,
  country: string,
): Promise<{ latitude: number; longitude: number } | null> {
  const wanted = plain(name);
  if (wanted.length < 2) return null;
  const place = (await listGazetteerPlaces(deps.db)).find(
    (p) =>
      p.country === country.toUpperCase() &&
      typeof p.latitude === 'number' &&
      typeof p.longitude === 'number' &&
      p.names.some((n) => plain(n) === wanted),
  );
  return place ? { latitude: place.latitude as number, longitude: place.longitude as number } : null;
}

/**
 * Places whose name in any language begins with (or, from three letters, contains) what was typed,
 * accents and case aside: "krak", "Краков", "كراكوف" and "cracovia" all find Kraków. At most `limit`.
 */
export async function findPlaces(
  deps: Pick<TDeps, 'db'>,
  query: string,
  locale: string,
  limit = 8,
): Promise<TPlaceChoice[]> {
  const wanted = plain(query);
  if (wanted.length < 2) return [];
  const scored: { place: TGazetteerPlace; score: number }[] = [];
  for (const place of await listGazetteerPlaces(deps.db)) {
    const names = place.names.map(plain);
    const score = names.some((n) => n === wanted)
      ? 0
      : names.some((n) => n.startsWith(wanted))
        ? 1
        : wanted.length >= 3 && names.some((n) => n.includes(wanted))
          ? 2
          : -1;
    if (score >= 0) scored.push({ place, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.place.id.localeCompare(b.place.id))
    .slice(0, limit)
    .map(({ place }) => ({
      id: place.id,
      name: placeNameFor(locale, place.names),
      country: place.country,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
    }));
}

/** Great-circle distance in kilometres. */
function kilometres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Clicks on the world map further than this from any city find none (the middle of an ocean). */
const farthestFromWorldClick = 800;

/** The gazetteer place nearest a point — of `country` when it has any there — or null when far from all. */
export async function nearestPlace(
  deps: Pick<TDeps, 'db'>,
  point: { latitude: number; longitude: number },
  country: string | null,
  locale: string,
  withinKm = Number.POSITIVE_INFINITY,
): Promise<TPlaceChoice | null> {
  const located = (await listGazetteerPlaces(deps.db)).filter(
    (p) => typeof p.latitude === 'number' && typeof p.longitude === 'number',
  );
  const inCountry = country ? located.filter((p) => p.country === country) : [];
  let best: { place: TGazetteerPlace; km: number } | null = null;
  for (const place of inCountry.length > 0 ? inCountry : located) {
    const km = kilometres(point, {
      latitude: place.latitude as number,
      longitude: place.longitude as number,
    });
    if (!best || km < best.km) best = { place, km };
  }
  if (!best || best.km > withinKm) return null;
  return {
    id: best.place.id,
    name: placeNameFor(locale, best.place.names),
    country: best.place.country,
    latitude: best.place.latitude ?? null,
    longitude: best.place.longitude ?? null,
  };
}

/**
 * What a click at x,y on a picker map means (ADR 0097). On the world map, a click in a country zooms to
 * that country's map; at sea, the nearest city within 800 km, if any. On a country's map, the nearest
 * gazetteer city of that country (of any country when it has none). The person never types coordinates.
 */
export async function placeFromMapClick(
  deps: Pick<TDeps, 'db'>,
  click: { view: string; x: number; y: number },
  locale: string,
): Promise<TMapClickResult> {
  const view = pickerView(click.view) ? click.view : 'world';
  const point = pointOnPickerMap(view, click.x, click.y);
  if (!point) return { kind: 'missed', view };
  if (view === 'world') {
    const country = countryAtPoint(point.latitude, point.longitude);
    if (country && pickerView(country)) return { kind: 'zoom', view: country };
    const place = await nearestPlace(deps, point, null, locale, farthestFromWorldClick);
    return place ? { kind: 'place', view, place } : { kind: 'missed', view };
  }
  const place = await nearestPlace(deps, point, view, locale);
  return place ? { kind: 'place', view, place } : { kind: 'missed', view };
}

/** A picker map's image (SVG): a country's map shows the gazetteer's cities there as dots. */
export async function drawPickerMap(deps: Pick<TDeps, 'db'>, view: string): Promise<string | null> {
  if (!pickerView(view)) return null;
  const dots =
    view === 'world'
      ? []
      : (await listGazetteerPlaces(deps.db))
          .filter(
            (p) => p.country === view && typeof p.latitude === 'number' && typeof p.longitude === 'number',
          )
          .map((p) => ({ latitude: p.latitude as number, longitude: p.longitude as number }));
  return pickerMapSvg(view, dots);
}
