import { randomBytes } from 'node:crypto';

/**
 * Changes that in-memory copies must hear about, in this process and in every other node of the hub.
 *
 * Memories kept per process (the anonymous page cache's content version, the home figures, the
 * commitments dashboard figures, the search facet memory) forget what a change makes stale as soon as
 * the change is announced here. Announcements are delivered at once to this process's listeners and,
 * through the relays the hub registers (PostgreSQL NOTIFY: src/platform/db/pg-change-relay.ts), to the
 * listeners of the other nodes. A node that lost its relay connection forgets everything when it is
 * back, as it may have missed announcements meanwhile. See docs/adr/0026-several-nodes.md.
 */
export type TChange =
  /** Something shown on cached public pages changed (members, countries…). */
  | { topic: 'content' }
  /** Published commitments or their reports changed. */
  | { topic: 'commitment-figures' }
  /** Search documents were written or deleted: their facet memory is stale. `seqs` absent: all. */
  | { topic: 'search-documents'; seqs?: number[] }
  /** The gazetteer's places changed: every node reloads the names its analyser reads. */
  | { topic: 'gazetteer' }
  /** Offers or needs were published, edited or closed: their matching terms are read again. `ids` absent: all. */
  | { topic: 'connection-listings'; ids?: string[] };

type TListener = (change: TChange) => void;
type TRelay = (change: TChange) => void;

const listeners = new Set<TListener>();
const relays = new Set<TRelay>();

/** This process, in announcements: a node ignores its own when they come back through the database. */
export const processOrigin = randomBytes(8).toString('hex');

/** Tells this process's listeners and every other node. */
export function announceChange(change: TChange): void {
  deliverChange(change);
  for (const relay of relays) relay(change);
}

/** Tells this process's listeners only (a change announced by another node). */
export function deliverChange(change: TChange): void {
  for (const listener of listeners) {
    try {
      listener(change);
    } catch {
      // A listener only drops memory; one that fails must not keep the others from hearing.
    }
  }
}

/** Everything may be stale (a relay was cut off): every memory forgets. */
export function deliverForgetEverything(): void {
  deliverChange({ topic: 'content' });
  deliverChange({ topic: 'commitment-figures' });
  deliverChange({ topic: 'search-documents' });
  deliverChange({ topic: 'gazetteer' });
  deliverChange({ topic: 'connection-listings' });
}

export function onChange(listener: TListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function addChangeRelay(relay: TRelay): () => void {
  relays.add(relay);
  return () => relays.delete(relay);
}
