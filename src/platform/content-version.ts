import { announceChange, onChange } from './change-feed.ts';

/**
 * A counter that moves whenever content shown on cached public pages changes, on this node or on
 * another node of the hub (announced through src/platform/change-feed.ts). Caches remember the version
 * they were filled at and drop entries from older versions.
 */
let version = 0;

onChange((change) => {
  if (change.topic === 'content') version += 1;
});

export function currentContentVersion(): number {
  return version;
}

/** Call after a change that cached public pages show: every node drops those pages. */
export function bumpContentVersion(): void {
  announceChange({ topic: 'content' });
}
