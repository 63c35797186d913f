import { countriesSorted, countryName } from '../../i18n/names.ts';
import {
  formatOffset,
  listTimeZones,
  offsetMinutesAt,
  timeZoneCity,
  timeZoneGenericName,
  timeZoneRegion,
  timeZonesOfCountry,
} from '../../platform/time-zones.ts';
import type { TViewContext } from '../view-context.ts';
import type { TOption, TOptionGroup } from './select-field.tsx';

/** The regions of IANA zone names, in the order a picker shows them; UTC comes first on its own. */
export const timeZoneRegions = [
  'UTC',
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
] as const;

let countriesOfZone: Map<string, string[]> | undefined;

/** The countries (ISO alpha-2) that keep each zone's clocks, as CLDR lists them. */
function zoneCountries(): Map<string, string[]> {
  if (countriesOfZone) return countriesOfZone;
  const found = new Map<string, string[]>();
  for (const { code } of countriesSorted('en'))
    for (const zone of timeZonesOfCountry(code)) found.set(zone, [...(found.get(zone) ?? []), code]);
  countriesOfZone = found;
  return found;
}

/** An offset as people type it: "+4", "+04", "+4:00", "-5", "+5:30" besides the label's "UTC+04:00". */
function offsetTerms(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  const short = rest === 0 ? `${sign}${hours}` : `${sign}${hours}:${String(rest).padStart(2, '0')}`;
  return `UTC${short} GMT${short} ${formatOffset(minutes)} ${short}${rest === 0 ? ` ${short}:00` : ''}`;
}

/**
 * Every listed IANA zone for a picker, grouped by region (`<optgroup>`), each labelled in the reader's
 * language with its UTC offset at `instant`, its place (timeZoneCity) and its generic name: "UTC+04:00 · توقيت عُمان · توقيت الخليج".
 * The value sent is always the zone's IANA name. Each option also carries the words a filter box finds
 * it by (`terms`): the zone's name ("Asia/Vladivostok", "Los Angeles"), its countries in the reader's
 * language ("Россия", "États-Unis") and its offset written short ("+10", "UTC-8").
 */
export function timeZoneChoices(ctx: TViewContext, instant: number): TOptionGroup[] {
  const byRegion = new Map<string, TOption[]>();
  const countries = zoneCountries();
  for (const zone of listTimeZones()) {
    const region = timeZoneRegion(zone);
    const minutes = offsetMinutesAt(zone, instant);
    // An option holds no markup, so the Latin offset is isolated with FSI … PDI, as <bdi> would: in
    // Arabic "UTC+04:00" then keeps its sign and stays at the start of the label.
    const offset = `\u2068UTC${formatOffset(minutes)}\u2069`;
    const label =
      zone === 'UTC'
        ? ctx.t('events.zone.utc', { utc: '\u2068UTC\u2069' })
        : ctx.t('events.zone.option', {
            offset,
            city: timeZoneCity(zone, ctx.locale, instant),
            name: timeZoneGenericName(zone, ctx.locale, instant),
          });
    const terms = [
      zone,
      zone.replaceAll('_', ' ').replaceAll('/', ' '),
      ...(countries.get(zone) ?? []).map((code) => countryName(ctx.locale, code)),
      offsetTerms(minutes),
    ].join(' ');
    const list = byRegion.get(region) ?? [];
    list.push({ value: zone, label, terms });
    byRegion.set(region, list);
  }
  const known: readonly string[] = timeZoneRegions;
  const regions = [
    ...known.filter((r) => byRegion.has(r)),
    ...[...byRegion.keys()].filter((r) => !known.includes(r)),
  ];
  return regions.map((region) => ({
    label: known.includes(region) ? ctx.t(`events.zone.region.${region}`) : region,
    options: byRegion.get(region) ?? [],
  }));
}
