/**
 * A counter that moves whenever content shown on cached public pages changes in this process.
 * Caches remember the version they were filled at and drop entries from older versions.
 */
let version = 0;

export function currentContentVersion(): number {
  return version;
}

export function bumpContentVersion(): void {
  version += 1;
}
