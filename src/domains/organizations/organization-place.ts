import type { TFormValues } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import type { TMapClickResult } from '../../platform/picker-map.ts';
import { mapClickIn, withCityFromMap } from '../../ui/components/place-picker.tsx';
import type { TOrganizationRecord } from './organizations.record.ts';

export type TCoordinates = { latitude: number; longitude: number };
/** Where an organisation is: its city's coordinates and the country (ISO alpha-2) the city is in. */
export type TOrganizationPlace = TCoordinates & { country: string };

/** Finds where a city of a country is (the search domain's gazetteer, registered by compose.ts). */
export type TCityLocator = (deps: TDeps, city: string, country: string) => Promise<TCoordinates | null>;

let locator: TCityLocator | null = null;

/** Set once at start: organisations cannot import the gazetteer's domain (it imports this one). */
export function registerCityLocator(locate: TCityLocator): void {
  locator = locate;
}

/**
 * Where the organisation is, for the marker on its profile's map: its city, looked up in the
 * countries it names (the first that has a city of that name). Null without a city, or when the
 * gazetteer knows no such city: the map then shows the country alone.
 */
export async function locateOrganization(
  deps: TDeps,
  organization: Pick<TOrganizationRecord, 'city' | 'countries'>,
): Promise<TOrganizationPlace | null> {
  const city = organization.city?.trim();
  if (!locator || !city) return null;
  for (const country of organization.countries) {
    const found = await locator(deps, city, country);
    if (found) return { ...found, country };
  }
  return null;
}

/** What a click on a picker map picks (the search domain's gazetteer, registered by compose.ts). */
export type TMapClicker = (
  deps: TDeps,
  click: { view: string; x: number; y: number },
  locale: string,
) => Promise<TMapClickResult>;

let mapClicker: TMapClicker | null = null;

/** Set once at start, like the city locator. */
export function registerMapClicker(pick: TMapClicker): void {
  mapClicker = pick;
}

/**
 * An organisation form's values after a click on the map beside its city (ADR 0097), without a script:
 * the country's map, or the nearest city written in and its country ticked. Null when the form was
 * sent by another button (then it is saved as usual).
 */
export async function withCityMapClick(
  deps: TDeps,
  values: TFormValues,
  locale: string,
): Promise<TFormValues | null> {
  const click = mapClickIn(values, 'city');
  if (!click || !mapClicker) return null;
  return withCityFromMap(values, click === 'world' ? click : await mapClicker(deps, click, locale));
}
