import { AppError } from '../../platform/errors.ts';
import { canonicalTimeZone, resolveWallTime } from '../../platform/time-zones.ts';

/**
 * An event's times as organisers enter them — a wall-clock start and end in the event's IANA zone —
 * checked and turned into instants. Problems are reported so the form can say exactly what is wrong
 * and offer the valid times: a time skipped by a DST change (a gap), a time that happens twice (an
 * overlap, where the organiser picks the first or the second), an unknown zone, an end before its start.
 */
export type TTimingField = 'start' | 'end';

export type TTimingProblem =
  | { field: 'timeZone'; kind: 'unknownZone'; zone: string }
  | { field: TTimingField; kind: 'gap'; local: string; earlier: TTimeChoice; later: TTimeChoice }
  | { field: TTimingField; kind: 'overlap'; local: string; earlier: TTimeChoice; later: TTimeChoice }
  | { field: 'end'; kind: 'endBeforeStart' }
  | { field: TTimingField; kind: 'invalid' };

export type TTimeChoice = { local: string; instant: number; offsetMinutes: number };

export const timingMessageKeys: Record<TTimingProblem['kind'], string> = {
  unknownZone: 'events.errors.timeZone',
  gap: 'events.errors.gap',
  overlap: 'events.errors.overlap',
  endBeforeStart: 'events.errors.endBeforeStart',
  invalid: 'events.errors.dateTime',
};

/** A refused form or API body whose times are wrong; `problems` says how, for the form to explain. */
export class EventTimingError extends AppError {
  readonly problems: readonly TTimingProblem[];

  constructor(problems: readonly TTimingProblem[]) {
    const fieldErrors: Record<string, string> = {};
    for (const p of problems) fieldErrors[p.field] ??= timingMessageKeys[p.kind];
    super('validation_failed', { fieldErrors });
    this.problems = problems;
  }
}

export type TResolvedTimes = {
  timeZone: string;
  startsAt: string;
  endsAt: string;
  startLocal: string;
  endLocal: string;
};

type TTimesInput = {
  timeZone: string;
  start: string;
  end: string;
  startOccurrence?: 'earlier' | 'later' | undefined;
  endOccurrence?: 'earlier' | 'later' | undefined;
};

function resolveOne(
  zone: string,
  field: TTimingField,
  local: string,
  occurrence: 'earlier' | 'later' | undefined,
): { instant: number } | TTimingProblem {
  const resolved = resolveWallTime(zone, local);
  if (!resolved) return { field, kind: 'invalid' };
  if (resolved.kind === 'exact') return { instant: resolved.instant };
  if (resolved.kind === 'overlap') {
    if (occurrence) return { instant: resolved[occurrence].instant };
    return {
      field,
      kind: 'overlap',
      local,
      earlier: { local, ...resolved.earlier },
      later: { local, ...resolved.later },
    };
  }
  return { field, kind: 'gap', local, earlier: resolved.earlier, later: resolved.later };
}

/** Checks the zone and both times; returns instants or throws EventTimingError with every problem. */
export function resolveEventTimes(input: TTimesInput): TResolvedTimes {
  const zone = canonicalTimeZone(input.timeZone);
  if (!zone) throw new EventTimingError([{ field: 'timeZone', kind: 'unknownZone', zone: input.timeZone }]);
  const start = resolveOne(zone, 'start', input.start, input.startOccurrence);
  const end = resolveOne(zone, 'end', input.end, input.endOccurrence);
  const problems = [start, end].filter((r): r is TTimingProblem => 'kind' in r);
  if (problems.length > 0) throw new EventTimingError(problems);
  const startsAt = (start as { instant: number }).instant;
  const endsAt = (end as { instant: number }).instant;
  if (endsAt <= startsAt) throw new EventTimingError([{ field: 'end', kind: 'endBeforeStart' }]);
  return {
    timeZone: zone,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    startLocal: input.start,
    endLocal: input.end,
  };
}
