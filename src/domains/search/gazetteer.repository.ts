import type { TDb } from '../../platform/db/database.ts';
import type { TGazetteerPlace } from './search.record.ts';

/** The gazetteer's rows (table search_places, migration 0021). */

const coordinate = (value: number | string | null) => (value === null ? null : Number(value));

function namesOf(text: string): string[] {
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

export async function listGazetteerPlaces(db: TDb): Promise<TGazetteerPlace[]> {
  const rows = await db
    .selectFrom('search_places')
    .select(['id', 'country', 'names', 'latitude', 'longitude'])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    country: row.country,
    names: namesOf(row.names),
    latitude: coordinate(row.latitude),
    longitude: coordinate(row.longitude),
  }));
}

export async function findGazetteerPlace(db: TDb, id: string): Promise<TGazetteerPlace | undefined> {
  const row = await db
    .selectFrom('search_places')
    .select(['id', 'country', 'names'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, country: row.country, names: namesOf(row.names) } : undefined;
}

export async function countGazetteerPlaces(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('search_places')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertGazetteerPlace(
  db: TDb,
  place: TGazetteerPlace & { at: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('search_places')
    .values({
      id: place.id,
      country: place.country,
      names: JSON.stringify(place.names),
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
      created_at: place.at,
      updated_at: place.at,
      updated_by: place.by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function updateGazetteerNames(
  db: TDb,
  id: string,
  names: readonly string[],
  values: { at: string; by: string | null },
): Promise<void> {
  await db
    .updateTable('search_places')
    .set({ names: JSON.stringify(names), updated_at: values.at, updated_by: values.by })
    .where('id', '=', id)
    .execute();
}

/** Gives a place the coordinates it lacks (seeded places on a hub made before migration 0070). */
export async function fillGazetteerCoordinates(
  db: TDb,
  id: string,
  at: { latitude: number; longitude: number },
): Promise<void> {
  await db
    .updateTable('search_places')
    .set({ latitude: at.latitude, longitude: at.longitude })
    .where('id', '=', id)
    .where('latitude', 'is', null)
    .execute();
}
