import { localDateTimeAt, resolveWallTime } from '../../platform/time-zones.ts';

/**
 * The periods of digests (docs/adr/0055): a daily digest covers one calendar day, a weekly one the week
 * from Monday 00:00 to the next Monday 00:00, both on the reader's wall clock (their time zone when they
 * chose one, else UTC). Where midnight does not exist on a day (clocks jump forward at 00:00) the day
 * starts at the first minute that does; where it happens twice, at the first.
 */
export type TDigestKind = 'daily' | 'weekly';
export type TDigestPeriod = {
  kind: TDigestKind;
  zone: string;
  startDate: string;
  start: string;
  end: string;
};

const dayMs = 86_400_000;

/** A calendar date moved by some days ("2026-12-31" + 1 → "2027-01-01"). */
export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The instant a calendar day starts in a zone. */
export function startOfLocalDay(zone: string, date: string): Date {
  const resolved = resolveWallTime(zone, `${date}T00:00`);
  if (!resolved) throw new Error(`not a date: ${date}`);
  const instant =
    resolved.kind === 'exact'
      ? resolved.instant
      : resolved.kind === 'overlap'
        ? resolved.earlier.instant
        : resolved.later.instant;
  return new Date(instant);
}

/** The last whole period that has ended at `now` in this zone: the one a digest sent now covers. */
export function lastEndedPeriod(kind: TDigestKind, zone: string, now: Date): TDigestPeriod {
  const today = localDateTimeAt(zone, now.getTime()).slice(0, 10);
  let endDate = today;
  if (kind === 'weekly') {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
    endDate = addDaysToDate(today, -((weekday + 6) % 7));
  }
  const startDate = addDaysToDate(endDate, kind === 'daily' ? -1 : -7);
  return {
    kind,
    zone,
    startDate,
    start: startOfLocalDay(zone, startDate).toISOString(),
    end: startOfLocalDay(zone, endDate).toISOString(),
  };
}
