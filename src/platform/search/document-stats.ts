import { onChange } from '../change-feed.ts';
import type { TDb } from '../db/database.ts';
import { baseLanguage } from './languages.ts';

const FULL_RELOAD_MS = 10 * 60_000;
const NEW_ROWS_CHECK_MS = 2_000;

/**
 * What the ranking needs of every document, kept in this process's memory (a few bytes a document,
 * indexed by seq): how many concepts it carries (its focus: the ranking normalises concept and place
 * evidence by it, as BM25 does a field's length) and its language (the reader's breaks ties). With
 * it every match is scored without reading a row. This process's writes update it at once; documents
 * written by another process (an import beside the server) are read within NEW_ROWS_CHECK_MS when new,
 * within FULL_RELOAD_MS when changed (docs/adr/0022-rank-every-match.md), unless that process
 * announced them: documents another node of the hub wrote are read again at the next search (the change
 * feed, docs/adr/0026).
 */
export class DocumentStats {
  #concepts = new Uint16Array(0);
  #languages = new Uint8Array(0);
  readonly #languageIds = new Map<string, number>();
  #maxSeq = 0;
  #loadedAt = 0;
  #checkedAt = 0;
  #total = 0;
  #count = 0;

  /** Documents another node wrote or deleted since the last search. */
  readonly #changed = new Set<number>();

  constructor(private readonly db: TDb) {
    onChange((change) => {
      if (change.topic !== 'search-documents') return;
      if (!change.seqs) this.#loadedAt = 0;
      else for (const seq of change.seqs) this.#changed.add(seq);
    });
  }

  /** A document written (or rewritten) by this process. */
  set(seq: number, conceptCount: number, language: string): void {
    this.#ensure(seq);
    if (seq > this.#maxSeq) this.#maxSeq = seq;
    const before = this.#concepts[seq] ?? 0;
    const isNew = (this.#languages[seq] ?? 0) === 0;
    this.#concepts[seq] = Math.min(conceptCount, 65_535);
    this.#languages[seq] = this.#languageId(language);
    this.#total += this.#concepts[seq] - (isNew ? 0 : before);
    if (isNew) this.#count += 1;
  }

  forget(seq: number): void {
    if (seq >= this.#languages.length || this.#languages[seq] === 0) return;
    this.#total -= this.#concepts[seq] ?? 0;
    this.#count -= 1;
    this.#concepts[seq] = 0;
    this.#languages[seq] = 0;
  }

  /** Up to date enough to rank with (see the class comment). */
  async fresh(): Promise<this> {
    const now = Date.now();
    if (now - this.#loadedAt > FULL_RELOAD_MS) await this.#reload(now);
    else if (now - this.#checkedAt > NEW_ROWS_CHECK_MS) await this.#readNewer(now);
    if (this.#changed.size > 0) await this.#readChanged();
    return this;
  }

  conceptCount(seq: number): number {
    return this.#concepts[seq] ?? 0;
  }

  averageConceptCount(): number {
    return this.#count > 0 ? Math.max(1, this.#total / this.#count) : 1;
  }

  isLanguage(seq: number, language: string): boolean {
    const id = this.#languageIds.get(baseLanguage(language));
    return id !== undefined && this.#languages[seq] === id;
  }

  async #reload(now: number): Promise<void> {
    this.#concepts = new Uint16Array(0);
    this.#languages = new Uint8Array(0);
    this.#maxSeq = 0;
    this.#total = 0;
    this.#count = 0;
    await this.#readNewer(now);
    this.#loadedAt = now;
  }

  async #readNewer(now: number): Promise<void> {
    const rows = await this.db
      .selectFrom('search_documents')
      .select(['seq', 'concept_count', 'language'])
      .where('seq', '>', this.#maxSeq)
      .orderBy('seq')
      .execute();
    for (const row of rows) this.set(row.seq, Number(row.concept_count), row.language);
    this.#checkedAt = now;
  }

  async #readChanged(): Promise<void> {
    const changed = [...this.#changed];
    this.#changed.clear();
    for (let i = 0; i < changed.length; i += 500) {
      const seqs = changed.slice(i, i + 500);
      const rows = await this.db
        .selectFrom('search_documents')
        .select(['seq', 'concept_count', 'language'])
        .where('seq', 'in', seqs)
        .execute();
      const found = new Set(rows.map((row) => row.seq));
      for (const seq of seqs) if (!found.has(seq) && seq <= this.#maxSeq) this.forget(seq);
      // Newer documents than this memory holds are read in order by #readNewer, within seconds.
      for (const row of rows)
        if (row.seq <= this.#maxSeq) this.set(row.seq, Number(row.concept_count), row.language);
    }
  }

  #ensure(seq: number): void {
    if (seq < this.#concepts.length) return;
    const size = Math.max(1024, seq * 2);
    const concepts = new Uint16Array(size);
    concepts.set(this.#concepts);
    const languages = new Uint8Array(size);
    languages.set(this.#languages);
    this.#concepts = concepts;
    this.#languages = languages;
  }

  #languageId(language: string): number {
    const key = baseLanguage(language);
    let id = this.#languageIds.get(key);
    if (id === undefined) {
      id = Math.min(255, this.#languageIds.size + 1);
      this.#languageIds.set(key, id);
    }
    return id;
  }
}
