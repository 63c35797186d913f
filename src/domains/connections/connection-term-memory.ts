import { announceChange, onChange } from '../../platform/change-feed.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TListing } from './connections.record.ts';
import { openListingTerms, type TOpenListingTerms } from './connections.repository.ts';
import type { TListingKind } from './connections.schemas.ts';

/** A full reload now and then, whatever was announced (a write by a process that did not announce). */
const FULL_RELOAD_MS = 10 * 60_000;

type TEntry = TOpenListingTerms;

/**
 * The term index of open offers and needs (`connection_terms` where open), kept in this process's
 * memory: for each term, the open listings of each kind carrying it, and how many carry it, and each
 * open listing without its description. Candidates for a listing's matches are summed and scored here,
 * so a suggestion reads from the database only the listings it shows (docs/adr/0044). About half a
 * kilobyte per listing: 20,000 listings take some ten megabytes.
 *
 * Writes of this process and of every other node are announced on the change feed (topic
 * `connection-listings`, after they commit); the listings they name are read again before the next
 * match. A node that may have missed announcements (its relay was cut) reads everything again, and so
 * does every node every FULL_RELOAD_MS.
 */
export class TermMemory {
  readonly #entries = new Map<string, TEntry>();
  readonly #postings = new Map<string, { offer: Set<string>; need: Set<string> }>();
  readonly #changed = new Set<string>();
  #loadedAt = 0;
  #pending: Promise<void> | undefined;

  constructor(private readonly db: TDb) {}

  /** Called by the change feed: these listings (or all) changed on some node. */
  heard(ids: readonly string[] | undefined): void {
    if (!ids) this.#loadedAt = 0;
    else for (const id of ids) this.#changed.add(id);
  }

  /** Up to date with every announced change (see the class comment). */
  async fresh(now = Date.now()): Promise<this> {
    while (this.#pending) await this.#pending;
    if (now - this.#loadedAt > FULL_RELOAD_MS || this.#changed.size > 0) {
      this.#pending = this.#refresh(now).finally(() => {
        this.#pending = undefined;
      });
      await this.#pending;
    }
    return this;
  }

  async #refresh(now: number): Promise<void> {
    if (now - this.#loadedAt > FULL_RELOAD_MS) {
      // Changes heard while reading are read again afterwards: clear before, not after.
      this.#changed.clear();
      const all = await openListingTerms(this.db);
      this.#entries.clear();
      this.#postings.clear();
      for (const listing of all) this.#add(listing);
      this.#loadedAt = now;
    }
    if (this.#changed.size === 0) return;
    const ids = [...this.#changed];
    this.#changed.clear();
    for (const id of ids) this.#remove(id);
    for (let i = 0; i < ids.length; i += 500)
      for (const listing of await openListingTerms(this.db, ids.slice(i, i + 500))) this.#add(listing);
  }

  #add(entry: TOpenListingTerms): void {
    const { id, kind } = entry.listing;
    this.#entries.set(id, entry);
    for (const term of entry.terms) {
      let posting = this.#postings.get(term);
      if (!posting) {
        posting = { offer: new Set(), need: new Set() };
        this.#postings.set(term, posting);
      }
      posting[kind].add(id);
    }
  }

  #remove(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    for (const term of entry.terms) {
      const posting = this.#postings.get(term);
      posting?.[entry.listing.kind].delete(id);
      if (posting && posting.offer.size === 0 && posting.need.size === 0) this.#postings.delete(term);
    }
  }

  /** How many open listings there are (rarer terms weigh more: ln(1 + total / count)). */
  get total(): number {
    return this.#entries.size;
  }

  /** How many open listings of either kind carry the term. */
  count(term: string): number {
    const posting = this.#postings.get(term);
    return posting ? posting.offer.size + posting.need.size : 0;
  }

  /** The open listings of this kind carrying the term. */
  listingsWith(term: string, kind: TListingKind): ReadonlySet<string> {
    return this.#postings.get(term)?.[kind] ?? empty;
  }

  /** An open listing as last read (its description left empty), or undefined. */
  listing(id: string): TListing | undefined {
    return this.#entries.get(id)?.listing;
  }
}

const empty: ReadonlySet<string> = new Set();

/** One memory per database (tests open many in one process); dropped with it. */
const memories = new WeakMap<TDb, TermMemory>();
const alive = new Set<WeakRef<TermMemory>>();

onChange((change) => {
  if (change.topic !== 'connection-listings') return;
  for (const ref of alive) {
    const memory = ref.deref();
    if (memory) memory.heard(change.ids);
    else alive.delete(ref);
  }
});

/** This database's term memory, up to date with every announced change. */
export function termMemory(db: TDb): Promise<TermMemory> {
  let memory = memories.get(db);
  if (!memory) {
    memory = new TermMemory(db);
    memories.set(db, memory);
    alive.add(new WeakRef(memory));
  }
  return memory.fresh();
}

/** Tells every node that these listings' terms changed: call once the writing transaction committed. */
export function announceListingsChanged(ids: readonly string[]): void {
  announceChange({ topic: 'connection-listings', ids: [...ids] });
}
