import { createRequire } from 'node:module';
import { canonicalTimeZone, timeZonesOfCountry } from './time-zones.ts';

/**
 * The IANA zone a point on Earth keeps its clocks by, from @photostructure/tz-lookup (CC0, the zone
 * boundaries of timezone-boundary-builder packed in one 73 KB file, no network, ADR 0096): Vladivostok
 * is Asia/Vladivostok, Novosibirsk Asia/Novosibirsk, Los Angeles America/Los_Angeles. The answer is the
 * name Intl lists (Europe/Kyiv read as the zone the pickers offer), or null at sea or for a bad point.
 */
type TLookup = (latitude: number, longitude: number) => string;
let lookup: TLookup | undefined;

export function zoneAtPoint(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  lookup ??= createRequire(import.meta.url)('@photostructure/tz-lookup') as TLookup;
  let zone: string;
  try {
    zone = lookup(latitude, longitude);
  } catch {
    return null;
  }
  // Open sea answers "Etc/GMT-4": an offset, not a place's rules; the pickers do not offer it.
  return zone.startsWith('Etc/') ? null : canonicalTimeZone(zone);
}

/**
 * The zone of a place: where it is when its position is known, else its country's when the country
 * has only one (Oman, Poland); null when neither says (a city of Russia typed without a position).
 */
export function zoneOfPlace(place: {
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}): string | null {
  if (place.latitude !== null && place.longitude !== null) {
    const zone = zoneAtPoint(place.latitude, place.longitude);
    if (zone) return zone;
  }
  if (!place.country) return null;
  const zones = timeZonesOfCountry(place.country);
  return zones.length === 1 ? (zones[0] ?? null) : null;
}
