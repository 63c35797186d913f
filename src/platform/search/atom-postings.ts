/**
 * Every document holding one index token (or any token starting with a prefix), kept in this process's
 * memory after the engine first answered it (docs/adr/0078-word-postings-in-memory.md). Scoring every
 * match (relevance.ts) reads, for each word of a query, the documents of each of its forms; a common word
 * is held by tens of thousands of documents and a prefix can name hundreds of tokens, and reading those
 * lists from the engine was most of a search's time. The lists are exact: what the engine would answer now.
 *
 * What keeps them exact:
 * - a document this process inserts drops the lists of its own tokens and of the prefixes they start
 *   with; a rewrite or a removal (whose former tokens are not known here) drops every list;
 * - a list read while one of those writes happened is not kept;
 * - another node's writes, heard through the change feed, and another process's new documents, seen by
 *   the document statistics, drop every list (`forgetAll`);
 * - a list is read again after MAX_AGE_MS, and after SETTLE_MS when it was read within SETTLE_MS of a
 *   write of this process (on PostgreSQL a search may read while that write's transaction is still open,
 *   and a list read then would miss it until the next read);
 * - the lists together hold at most `budget` seqs (the least recently used go first).
 */
export type TAtom = { token: string; isPrefix: boolean };
export type TAtomReader = (atoms: readonly TAtom[]) => Promise<Int32Array[]>;

const MAX_AGE_MS = 60_000;
const SETTLE_MS = 5_000;
const DEFAULT_BUDGET = 8_000_000;

type TEntry = { seqs: Int32Array; at: number; maxAt: number };

export class AtomPostings {
  readonly #entries = new Map<string, TEntry>();
  /** Cached prefixes by length, to find those a new document's tokens start with. */
  readonly #prefixLengths = new Map<number, number>();
  #size = 0;
  #generation = 0;
  #lastWriteAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly read: TAtomReader,
    private readonly options: { budget?: number; now?: () => number } = {},
  ) {}

  /** For each atom, every document holding it (ascending seqs). Views: read them before the next await. */
  async get(atoms: readonly TAtom[]): Promise<Int32Array[]> {
    const now = this.#now();
    const found = new Map<string, Int32Array>();
    const missing: TAtom[] = [];
    for (const atom of atoms) {
      const key = keyOf(atom);
      if (found.has(key) || missing.some((m) => keyOf(m) === key)) continue;
      const entry = this.#entries.get(key);
      if (entry && now < entry.maxAt) {
        // Most recently used last: the eviction walks from the first.
        this.#entries.delete(key);
        this.#entries.set(key, entry);
        found.set(key, entry.seqs);
      } else missing.push(atom);
    }
    if (missing.length > 0) {
      const generation = this.#generation;
      const lists = await this.read(missing);
      const isKept = generation === this.#generation;
      const at = this.#now();
      const isSettling = at - this.#lastWriteAt < SETTLE_MS;
      missing.forEach((atom, i) => {
        const seqs = ascending(lists[i] ?? new Int32Array(0));
        found.set(keyOf(atom), seqs);
        if (isKept) this.#keep(atom, { seqs, at, maxAt: at + (isSettling ? SETTLE_MS : MAX_AGE_MS) });
      });
    }
    return atoms.map((atom) => found.get(keyOf(atom)) ?? new Int32Array(0));
  }

  /** A new document with these tokens was written by this process. */
  inserted(tokens: Iterable<string>): void {
    this.#wrote();
    if (this.#entries.size === 0) return;
    for (const token of tokens) {
      this.#drop(`t:${token}`);
      for (const length of this.#prefixLengths.keys())
        if (length <= token.length) this.#drop(`p:${token.slice(0, length)}`);
    }
  }

  /** A document was rewritten or removed by this process: its former tokens are not known here. */
  changed(): void {
    this.#wrote();
    this.forgetAll();
  }

  /** Documents were written elsewhere (another node, another process). */
  forgetAll(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#prefixLengths.clear();
    this.#size = 0;
  }

  /** How many seqs the lists hold (for tests and the bench). */
  get size(): number {
    return this.#size;
  }

  #wrote(): void {
    this.#generation += 1;
    this.#lastWriteAt = this.#now();
  }

  #keep(atom: TAtom, entry: TEntry): void {
    const key = keyOf(atom);
    this.#drop(key);
    const budget = this.options.budget ?? DEFAULT_BUDGET;
    if (entry.seqs.length > budget) return;
    this.#entries.set(key, entry);
    this.#size += entry.seqs.length;
    if (atom.isPrefix)
      this.#prefixLengths.set(atom.token.length, (this.#prefixLengths.get(atom.token.length) ?? 0) + 1);
    for (const oldest of this.#entries.keys()) {
      if (this.#size <= budget) break;
      this.#drop(oldest);
    }
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#size -= entry.seqs.length;
    if (key.startsWith('p:')) {
      const length = key.length - 2;
      const left = (this.#prefixLengths.get(length) ?? 1) - 1;
      if (left > 0) this.#prefixLengths.set(length, left);
      else this.#prefixLengths.delete(length);
    }
  }

  #now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}

/** The list in ascending order (the scoring reads a list's highest seq at its end). */
function ascending(seqs: Int32Array): Int32Array {
  for (let i = 1; i < seqs.length; i += 1)
    if ((seqs[i] as number) < (seqs[i - 1] as number)) return seqs.sort();
  return seqs;
}

function keyOf(atom: TAtom): string {
  return `${atom.isPrefix ? 'p' : 't'}:${atom.token}`;
}

/**
 * The documents the facet filters let through — every group has one of its tokens — from the kept
 * postings of each token: the same set the engine's `(a OR b) AND c` would answer, without asking it
 * again for every search (a facet token is held by thousands of documents).
 */
export async function filterSetOf(atoms: AtomPostings, groups: readonly string[][]): Promise<number[]> {
  if (groups.length === 0) return [];
  const lists = await atoms.get(groups.flatMap((g) => g.map((token) => ({ token, isPrefix: false }))));
  let maxSeq = 0;
  for (const list of lists) if (list.length > 0) maxSeq = Math.max(maxSeq, list[list.length - 1] as number);
  // How many groups each document has met so far (each group counts once however many of its tokens it holds).
  const met = new Uint16Array(maxSeq + 1);
  let next = 0;
  const held: number[] = [];
  groups.forEach((group, g) => {
    const isLast = g === groups.length - 1;
    for (let t = 0; t < group.length; t += 1) {
      const list = lists[next++] as Int32Array;
      for (let k = 0; k < list.length; k += 1) {
        const seq = list[k] as number;
        if (met[seq] !== g) continue;
        met[seq] = g + 1;
        if (isLast) held.push(seq);
      }
    }
  });
  return held;
}

/**
 * How many documents hold any of `tokens`, and how many of those also hold `alongWith` (kept postings):
 * whether a word the query reads as a place is mostly that place in the hub's records (ADR 0125).
 */
export async function countHolders(
  atoms: AtomPostings,
  tokens: readonly string[],
  alongWith: string,
): Promise<{ holding: number; alongWith: number }> {
  const [holding, both] = await Promise.all([
    filterSetOf(atoms, [[...tokens]]),
    filterSetOf(atoms, [[...tokens], [alongWith]]),
  ]);
  return { holding: holding.length, alongWith: both.length };
}

/** Whether any document holds one of these tokens (kept postings: a word's forms are read once). */
export async function holdsAnyToken(atoms: AtomPostings, tokens: readonly string[]): Promise<boolean> {
  const lists = await atoms.get(tokens.map((token) => ({ token, isPrefix: false })));
  return lists.some((list) => list.length > 0);
}
