import {
  formatOffset,
  listTimeZones,
  offsetMinutesAt,
  timeZoneCity,
  timeZoneGenericName,
  timeZoneRegion,
} from '../../platform/time-zones.ts';
import type { TViewContext } from '../view-context.ts';
import type { TOptionGroup } from './select-field.tsx';

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

/**
 * Every listed IANA zone for a picker, grouped by region (`<optgroup>`), each labelled in the reader's
 * language with its UTC offset at `instant`, its place (timeZoneCity) and its generic name: "UTC+04:00 · توقيت عُمان · توقيت الخليج".
 * The value sent is always the zone's IANA name.
 */
export function timeZoneChoices(ctx: TViewContext, instant: number): TOptionGroup[] {
  const byRegion = new Map<string, { value: string; label: string }[]>();
  for (const zone of listTimeZones()) {
    const region = timeZoneRegion(zone);
    const offset = `UTC${formatOffset(offsetMinutesAt(zone, instant))}`;
    const label =
      zone === 'UTC'
        ? ctx.t('events.zone.utc')
        : ctx.t('events.zone.option', {
            offset,
            city: timeZoneCity(zone, ctx.locale, instant),
            name: timeZoneGenericName(zone, ctx.locale, instant),
          });
    const list = byRegion.get(region) ?? [];
    list.push({ value: zone, label });
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
