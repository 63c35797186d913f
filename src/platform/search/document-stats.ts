import { onChange } from '../change-feed.ts';
import type { TDb } from '../db/database.ts';
import { baseLanguage } from './languages.ts';

const FULL_RELOAD_MS = 10 * 60_000;
const NEW_ROWS_CHECK_MS = 2_000;

/**
 * What the ranking needs of every document, kept in this process's memory (indexed by seq): how many
 * concepts it carries (its focus: the ranking normalises concept and place evidence by it, as BM25 does
 * a field's length), its language (the reader's breaks ties) and which concepts it carries, as one
 * posting list per concept (docs/adr/0038-concept-postings-in-memory.md: a concept carried by most
 * documents was the costliest part of a search to read from the engine). With it every match is scored
 * without reading a row. It is read whole at the first search; from then on this process's writes update
 * it at once; documents written by another process (an import beside the server) are read within
 * NEW_ROWS_CHECK_MS when new, within FULL_RELOAD_MS when
 * changed (docs/adr/0022-rank-every-match.md), unless that process announced them: documents another
 * node of the hub wrote are read again at the next search (the change feed, docs/adr/0026).
 */
type TPosting = { seqs: Int32Array; length: number; isDirty: boolean };
const EMPTY = new Int32Array(0);

export class DocumentStats {
  #concepts = new Uint16Array(0);
  #languages = new Uint8Array(0);
  readonly #languageIds = new Map<string, number>();
  /** Concept ids as small numbers, the concepts of each document (sorted), and each concept's documents. */
  readonly #conceptIds = new Map<string, number>();
  #documentConcepts: Array<Uint32Array | undefined> = [];
  #postings: TPosting[] = [];
  #hasDirtyPostings = false;
  #maxSeq = 0;
  #maxConceptCount = 0;
  #loadedAt = 0;
  #checkedAt = 0;
  #hasStartedLoading = false;
  #total = 0;
  #count = 0;

  /** Documents another node wrote or deleted since the last search. */
  readonly #changed = new Set<number>();

  /**
   * `onWrittenElsewhere` hears of documents another node or process wrote (memories of the index kept
   * beside this one, such as the word postings, forget them).
   */
  constructor(
    private readonly db: TDb,
    private readonly onWrittenElsewhere: () => void = () => {},
  ) {
    onChange((change) => {
      if (change.topic !== 'search-documents') return;
      if (!change.seqs) this.#loadedAt = 0;
      else for (const seq of change.seqs) this.#changed.add(seq);
      this.onWrittenElsewhere();
    });
  }

  /**
   * A document written (or rewritten) by this process, with every concept it carries. Before the first
   * load nothing is kept: that load reads every document anyway (and discards what it held), and a
   * process that only writes — a bulk import — never loads, so it need not hold 100,000 documents'
   * concepts in its heap.
   */
  set(seq: number, conceptIds: readonly string[], language: string): void {
    if (this.#hasStartedLoading) this.#keep(seq, conceptIds, language);
  }

  #keep(seq: number, conceptIds: readonly string[], language: string): void {
    this.#ensure(seq);
    if (seq > this.#maxSeq) this.#maxSeq = seq;
    const before = this.#concepts[seq] ?? 0;
    const isNew = (this.#languages[seq] ?? 0) === 0;
    const ids = new Set<number>();
    for (const id of conceptIds) ids.add(this.#conceptNumber(id));
    this.#concepts[seq] = Math.min(ids.size, 65_535);
    if (this.#concepts[seq] > this.#maxConceptCount) this.#maxConceptCount = this.#concepts[seq];
    this.#languages[seq] = this.#languageId(language);
    this.#total += this.#concepts[seq] - (isNew ? 0 : before);
    if (isNew) this.#count += 1;
    this.#setConcepts(seq, Uint32Array.from(ids).sort());
  }

  forget(seq: number): void {
    if (seq >= this.#languages.length || this.#languages[seq] === 0) return;
    this.#total -= this.#concepts[seq] ?? 0;
    this.#count -= 1;
    this.#concepts[seq] = 0;
    this.#languages[seq] = 0;
    this.#setConcepts(seq, undefined);
    // SQLite gives the highest seq again after it was deleted: another process's next document may
    // take it, and must still be read as new.
    if (seq === this.#maxSeq) this.#maxSeq = seq - 1;
  }

  /**
   * The seqs of every document carrying the concept, ascending. A view into this memory: read it before
   * the next await (a write may rebuild it).
   */
  conceptSeqs(conceptId: string): Int32Array {
    const number = this.#conceptIds.get(conceptId);
    if (number === undefined) return EMPTY;
    if (this.#hasDirtyPostings) this.#rebuildDirtyPostings();
    const posting = this.#postings[number];
    return posting ? posting.seqs.subarray(0, posting.length) : EMPTY;
  }

  /**
   * For many documents, where each lies against the places a query names: 'here' when it carries one of
   * `wanted`, 'elsewhere' when it carries locations (concepts `isLocation` accepts) but none of those,
   * 'unplaced' when it carries no location at all. Marked once per call from the posting lists of the
   * wanted and location concepts (a few hundred thousand numbers at most), so the test of a document is
   * one read — a query naming a place tests up to every document.
   */
  placeTest(
    isLocation: (conceptId: string) => boolean,
    wanted: readonly string[],
  ): (seq: number) => 'here' | 'elsewhere' | 'unplaced' {
    if (this.#hasDirtyPostings) this.#rebuildDirtyPostings();
    const wantedNumbers = new Set<number>();
    for (const id of wanted) {
      const number = this.#conceptIds.get(id);
      if (number !== undefined) wantedNumbers.add(number);
    }
    const where = new Uint8Array(this.#documentConcepts.length); // 1 a location, 2 a wanted one
    for (const [id, number] of this.#conceptIds) {
      const mark = wantedNumbers.has(number) ? 2 : isLocation(id) ? 1 : 0;
      const posting = this.#postings[number];
      if (mark === 0 || !posting) continue;
      for (let k = 0; k < posting.length; k += 1) {
        const seq = posting.seqs[k] as number;
        if ((where[seq] as number) < mark) where[seq] = mark;
      }
    }
    return (seq) => {
      const mark = where[seq] ?? 0;
      return mark === 2 ? 'here' : mark === 1 ? 'elsewhere' : 'unplaced';
    };
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
    return this.inLanguage(language)(seq);
  }

  /** A test of "is this document in `language`", for many documents (the language looked up once). */
  inLanguage(language: string): (seq: number) => boolean {
    const id = this.#languageIds.get(baseLanguage(language));
    const languages = this.#languages;
    return id === undefined ? () => false : (seq) => languages[seq] === id;
  }

  /**
   * At least the most concepts any document carries (the length of a table indexed by concept count):
   * kept as documents are written, never lowered by a removal.
   */
  maxConceptCount(): number {
    return this.#maxConceptCount;
  }

  /** Each document's concept count, indexed by seq (a view: read it before the next await). */
  conceptCounts(): Uint16Array {
    return this.#concepts;
  }

  async #reload(now: number): Promise<void> {
    this.#hasStartedLoading = true;
    this.onWrittenElsewhere();
    this.#concepts = new Uint16Array(0);
    this.#languages = new Uint8Array(0);
    this.#documentConcepts = [];
    this.#postings = [];
    this.#hasDirtyPostings = false;
    this.#maxSeq = 0;
    this.#maxConceptCount = 0;
    this.#total = 0;
    this.#count = 0;
    await this.#readNewer(now);
    this.#loadedAt = now;
  }

  async #readNewer(now: number): Promise<void> {
    const rows = await this.db
      .selectFrom('search_documents')
      .select(['seq', 'concept_ids', 'language'])
      .where('seq', '>', this.#maxSeq)
      .orderBy('seq')
      .execute();
    for (const row of rows) this.#keep(row.seq, conceptIdsOf(row.concept_ids), row.language);
    if (rows.length > 0) this.onWrittenElsewhere();
    this.#checkedAt = now;
  }

  async #readChanged(): Promise<void> {
    const changed = [...this.#changed];
    this.#changed.clear();
    for (let i = 0; i < changed.length; i += 500) {
      const seqs = changed.slice(i, i + 500);
      const rows = await this.db
        .selectFrom('search_documents')
        .select(['seq', 'concept_ids', 'language'])
        .where('seq', 'in', seqs)
        .execute();
      const found = new Set(rows.map((row) => row.seq));
      for (const seq of seqs) if (!found.has(seq) && seq <= this.#maxSeq) this.forget(seq);
      // Newer documents than this memory holds are read in order by #readNewer, within seconds.
      for (const row of rows)
        if (row.seq <= this.#maxSeq) this.#keep(row.seq, conceptIdsOf(row.concept_ids), row.language);
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

  #conceptNumber(conceptId: string): number {
    let number = this.#conceptIds.get(conceptId);
    if (number === undefined) {
      number = this.#conceptIds.size;
      this.#conceptIds.set(conceptId, number);
    }
    return number;
  }

  /**
   * Moves a document's concepts in the posting lists: a new document (the highest seq yet, the usual
   * case) is appended; a rewritten or forgotten one marks the lists it left or joined out of order,
   * rebuilt together at the next read.
   */
  #setConcepts(seq: number, next: Uint32Array | undefined): void {
    const before = this.#documentConcepts[seq];
    if (before) for (const c of before) if (!next?.includes(c)) this.#markDirty(c);
    if (next)
      for (const c of next) {
        if (before?.includes(c)) continue;
        const posting = this.#posting(c);
        if (posting.isDirty) continue;
        if (posting.length > 0 && (posting.seqs[posting.length - 1] ?? 0) >= seq) this.#markDirty(c);
        else append(posting, seq);
      }
    this.#documentConcepts[seq] = next;
  }

  #posting(c: number): TPosting {
    let posting = this.#postings[c];
    if (!posting) {
      posting = { seqs: new Int32Array(16), length: 0, isDirty: false };
      this.#postings[c] = posting;
    }
    return posting;
  }

  #markDirty(c: number): void {
    this.#posting(c).isDirty = true;
    this.#hasDirtyPostings = true;
  }

  /** One pass over every document refills the lists marked out of order. */
  #rebuildDirtyPostings(): void {
    const dirty = this.#postings.map((p) => p?.isDirty === true);
    for (const posting of this.#postings) if (posting?.isDirty) posting.length = 0;
    const documents = this.#documentConcepts;
    for (let seq = 0; seq < documents.length; seq += 1) {
      const concepts = documents[seq];
      if (!concepts) continue;
      for (const c of concepts) if (dirty[c]) append(this.#postings[c] as TPosting, seq);
    }
    for (const posting of this.#postings) if (posting) posting.isDirty = false;
    this.#hasDirtyPostings = false;
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

function append(posting: TPosting, seq: number): void {
  if (posting.length === posting.seqs.length) {
    const grown = new Int32Array(posting.seqs.length * 2);
    grown.set(posting.seqs);
    posting.seqs = grown;
  }
  posting.seqs[posting.length] = seq;
  posting.length += 1;
}

function conceptIdsOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
