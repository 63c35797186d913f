/** Time as the application sees it; tests may pass a fixed clock. */
export type TClock = { now(): Date };

export const systemClock: TClock = { now: () => new Date() };

export function isoNow(clock: TClock): string {
  return clock.now().toISOString();
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
