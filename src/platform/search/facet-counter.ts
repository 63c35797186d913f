import { sql } from 'kysely';
import { onChange } from '../change-feed.ts';
import type { TDb } from '../db/database.ts';
import { dialectOf } from '../db/dialect-of.ts';
import { notifyWithTransaction } from '../db/pg-change-relay.ts';
import type { TFacetCountRow } from './index-rows.ts';

const TTL_MS = 60_000;
const MAX_DOCUMENTS = 250_000;
const CHUNK = 500;

/**
 * Counts facet values over a set of documents (a search's candidates) from a per-process memory of
 * each document's facet values, read from search_facets on first use. Counting 1,000 candidates is
 * then a loop over small integer arrays instead of a GROUP BY over 12,000 rows. This process's writes
 * forget what they change; another process's writes (an import run beside the server) show after at
 * most TTL_MS, when an entry is read again.
 */
export class FacetCounter {
  readonly #ids = new Map<string, number>();
  readonly #pairs: Array<{ facet: string; value: string }> = [];
  readonly #documents = new Map<number, { at: number; ids: Uint32Array }>();

  constructor(private readonly db: TDb) {
    onChange((change) => {
      if (change.topic !== 'search-documents') return;
      if (!change.seqs) this.#documents.clear();
      else for (const seq of change.seqs) this.#documents.delete(seq);
    });
  }

  /** Forgets a document written in `trx`: here at once, on the other nodes when `trx` commits. */
  async forget(trx: TDb, seq: number): Promise<void> {
    this.#documents.delete(seq);
    if (dialectOf(trx) === 'postgres')
      await notifyWithTransaction(trx, { topic: 'search-documents', seqs: [seq] });
  }

  /** `forget` for many documents written in `trx`, announced to the other nodes in a few messages. */
  async forgetMany(trx: TDb, seqs: readonly number[]): Promise<void> {
    for (const seq of seqs) this.#documents.delete(seq);
    if (dialectOf(trx) !== 'postgres') return;
    // pg_notify takes at most 8,000 bytes a message: 500 seqs of up to 9 digits stay well under.
    for (let i = 0; i < seqs.length; i += CHUNK)
      await notifyWithTransaction(trx, { topic: 'search-documents', seqs: seqs.slice(i, i + CHUNK) });
  }

  async count(seqs: readonly number[]): Promise<TFacetCountRow[]> {
    const now = Date.now();
    const missing = seqs.filter((seq) => {
      const known = this.#documents.get(seq);
      return !known || now - known.at > TTL_MS;
    });
    for (let i = 0; i < missing.length; i += CHUNK) await this.#load(missing.slice(i, i + CHUNK), now);
    const counts = new Uint32Array(this.#pairs.length);
    for (const seq of seqs) {
      const known = this.#documents.get(seq);
      if (known) for (const id of known.ids) counts[id] = (counts[id] ?? 0) + 1;
    }
    const rows: TFacetCountRow[] = [];
    counts.forEach((count, id) => {
      const pair = this.#pairs[id];
      if (count > 0 && pair) rows.push({ ...pair, count });
    });
    return rows;
  }

  async #load(seqs: number[], now: number): Promise<void> {
    const found = new Map<number, number[]>(seqs.map((seq) => [seq, []]));
    for (const row of await readFacetPairs(this.db, seqs)) {
      const ids = found.get(row.seq);
      if (!ids) continue;
      for (const [facet, value] of row.pairs) ids.push(this.#idOf(facet, value));
    }
    if (this.#documents.size + found.size > MAX_DOCUMENTS) this.#documents.clear();
    for (const [seq, ids] of found) this.#documents.set(seq, { at: now, ids: Uint32Array.from(ids) });
  }

  #idOf(facet: string, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#pairs.length;
      this.#ids.set(key, id);
      this.#pairs.push({ facet, value });
    }
    return id;
  }
}

/**
 * Each document's facet pairs, one row per document with its pairs as one JSON array: a document has ~11
 * facet rows, and a row object for each was most of the cost of reading them (~10.5 against ~5 ms
 * of CPU for 500 documents at 100,000, SQLite).
 */
async function readFacetPairs(
  db: TDb,
  seqs: readonly number[],
): Promise<Array<{ seq: number; pairs: Array<[string, string]> }>> {
  const list = sql.join(seqs.map((seq) => sql`${seq}`));
  if (dialectOf(db) === 'postgres') {
    const result = await sql<{ seq: number; pairs: Array<[string, string]> }>`
      select seq, json_agg(json_build_array(facet, value)) as pairs from search_facets
      where seq in (${list}) group by seq`.execute(db);
    return result.rows;
  }
  const result = await sql<{ seq: number; pairs: string }>`
    select seq, json_group_array(json_array(facet, value)) as pairs from search_facets
    where seq in (${list}) group by seq`.execute(db);
  return result.rows.map((row) => ({
    seq: row.seq,
    pairs: JSON.parse(row.pairs) as Array<[string, string]>,
  }));
}
