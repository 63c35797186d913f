import type { TDb } from '../db/database.ts';
import type { TAtom } from './atom-postings.ts';
import type { DocumentStats } from './document-stats.ts';
import { filterTokenGroups, type TFacetCountRow } from './index-rows.ts';
import { queryFeatures, type TFeature } from './query-model.ts';
import { FACET_CANDIDATES, MAX_COUNTED, pageRows, type TBounds } from './ranked-candidates.ts';
import type { TEngineFound, TEngineQuery, TMatchReason } from './search-types.ts';

/**
 * Relevance over every match (docs/adr/0022-rank-every-match.md). In one line: each group of the
 * query's words adds its rarity (idf) by its best evidence — its words in the record's title or
 * summary (full), only in its body (0.3), or a concept it names that the record carries — plus half
 * of the other kind when it has both; a place the query names weighs twice its rarity; concept and place evidence is normalised by how many
 * concepts the record carries (BM25's length normalisation, over the concepts field); a record located
 * elsewhere than every place the query names (it carries a country, none of theirs) counts half; the
 * reader's language breaks ties, then the newest.
 *
 * Exact over every match, in two steps: the engine answers, for each group, which records hold its
 * words anywhere, which hold them in their head (title or summary markers) and which carry each of
 * its concepts — plain term lookups, unranked, the same on both engines — and the score is summed
 * here, with each record's concept count from memory (document-stats.ts). Nothing is left out.
 */
export const RELEVANCE_WEIGHTS = {
  head: 1,
  body: 0.3,
  concept: 1,
  place: 2,
  /** A group matched both by its words and by a concept or place: the lesser evidence counts this much. */
  second: 0.5,
  /** BM25's k1 and b, over the number of concepts a record carries. */
  k1: 2,
  b: 1,
  /** A record located elsewhere than the places the query names ("… in Russia", a Polish record). */
  elsewhere: 0.5,
  /** For a record in the reader's language: less than any real difference of evidence. */
  readerLanguage: 0.001,
} as const;

/** What an engine supplies: the expression of each feature and the records matching each. */
export type TFeatureMatcher = {
  /** Every record the facet filters let through (unranked, unbounded): words and concepts are narrowed to it. */
  filterSet(filterGroups: readonly string[][]): Promise<number[]>;
  /** For each atom (a token or a prefix), every record holding it, unfiltered (atom-postings.ts). */
  atomSets(atoms: readonly TAtom[]): Promise<Array<ArrayLike<number>>>;
  countFacets(seqs: readonly number[]): Promise<TFacetCountRow[]>;
  stats(): Promise<DocumentStats>;
};

export type TRelevanceOptions = TBounds & {
  /** Concept ids that are places (countries, regions, cities): they get the place weight. */
  isPlaceConcept?: (conceptId: string) => boolean;
  /**
   * The concepts that say where a record is (the hub: countries), and, for a place a query names, the
   * ones that lie within it (a region: its countries; a city: its country; a country: itself). Without
   * them no record counts as elsewhere.
   */
  isLocationConcept?: (conceptId: string) => boolean;
  locationsWithin?: (placeConceptId: string) => readonly string[];
};

type TScoredSeq = { seq: number; score: number };

export async function rankEveryMatch(
  db: TDb,
  matcher: TFeatureMatcher,
  query: TEngineQuery,
  options: TRelevanceOptions = {},
): Promise<TEngineFound> {
  const match = query.match;
  if (!match) throw new Error('rankEveryMatch needs a query');
  const isPlace = options.isPlaceConcept ?? (() => false);
  const filterGroups = filterTokenGroups(query.filters);
  const features = queryFeatures(match.query);
  // Words are read as the documents of each of their forms (kept in memory once read: atom-postings.ts),
  // concepts (places too) from this process's posting lists, and both narrowed by the filters, when
  // there are any (docs/adr/0038-concept-postings-in-memory.md, docs/adr/0078-word-postings-in-memory.md).
  const atoms = features.flatMap((f) => (f.atoms ? f.atoms.flat() : []));
  // The statistics first: they hear of documents written elsewhere, which the word postings then forget.
  const stats = await matcher.stats();
  const [filtered, atomLists, documents] = await Promise.all([
    filterGroups.length > 0 ? matcher.filterSet(filterGroups) : undefined,
    matcher.atomSets(atoms),
    documentCount(db),
  ]);
  const sets: Array<ArrayLike<number>> = [];
  const wordLists: Array<Array<Array<ArrayLike<number>>> | undefined> = [];
  let nextAtom = 0;
  for (const f of features) {
    if (f.atoms) {
      wordLists.push(f.atoms.map((word) => word.map(() => atomLists[nextAtom++] ?? [])));
      sets.push([]);
      continue;
    }
    wordLists.push(undefined);
    sets.push(stats.conceptSeqs(f.feature.conceptId ?? ''));
  }
  const idf = (df: number) => Math.log(1 + Math.max(documents, df) / Math.max(1, df));
  const { k1, b } = RELEVANCE_WEIGHTS;
  const average = stats.averageConceptCount();
  // BM25's normalisation depends on the concept count alone: one table, read per posting.
  const normByCount = new Float64Array(stats.maxConceptCount() + 1);
  for (let count = 0; count < normByCount.length; count += 1)
    normByCount[count] = (k1 + 1) / (1 + k1 * (1 - b + (b * Math.max(1, count)) / average));
  const conceptCounts = stats.conceptCounts();

  // Concept and word lists are ascending (their last seq is their highest); the engine's filter set may not be.
  let maxSeq = 0;
  const widen = (seqs: ArrayLike<number>) => {
    if (seqs.length > 0 && (seqs[seqs.length - 1] as number) > maxSeq)
      maxSeq = seqs[seqs.length - 1] as number;
  };
  features.forEach((f, i) => {
    if (f.feature.kind === 'concept') widen(sets[i] ?? []);
  });
  for (const seqs of atomLists) widen(seqs);
  if (filtered)
    for (let i = 0; i < filtered.length; i += 1) if ((filtered[i] ?? 0) > maxSeq) maxSeq = filtered[i] ?? 0;
  // Dense arrays indexed by seq: scoring 100,000 matches is a few loops over numbers, no hashing.
  const { totals, byWords, byConcepts, allowed, marks, inGroup, matched } = scoringScratch(maxSeq + 1);
  if (filtered) {
    for (let i = 0; i < filtered.length; i += 1) allowed[filtered[i] as number] = 1;
    // A concept's postings narrowed to the filtered documents (the engine's sets already are).
    features.forEach((f, i) => {
      if (f.feature.kind !== 'concept') return;
      const all = sets[i] ?? [];
      const kept: number[] = [];
      for (let k = 0; k < all.length; k += 1) {
        const seq = all[k] ?? 0;
        if (allowed[seq] === 1) kept.push(seq);
      }
      sets[i] = kept;
    });
  }
  try {
    wordLists.forEach((words, i) => {
      if (words) sets[i] = everyWord(words, marks, filtered ? allowed : undefined);
    });
  } catch (error) {
    scratchArrays = undefined;
    throw error;
  }
  const groups = new Map<number, Array<{ feature: TFeature; seqs: ArrayLike<number> }>>();
  features.forEach((f, i) => {
    const list = groups.get(f.feature.group) ?? [];
    list.push({ feature: f.feature, seqs: sets[i] ?? [] });
    groups.set(f.feature.group, list);
  });
  const facetSample = Math.max(options.facetCandidates ?? FACET_CANDIDATES, query.offset + query.limit);
  let matchedLength = 0;
  let ranked: TScoredSeq[] = [];
  try {
    for (const parts of groups.values()) {
      // The group's words (in the head or only the body) and the best of its concepts and places.
      let inGroupLength = 0;
      const words = parts.find((p) => p.feature.kind === 'words');
      const wordsIdf = idf(words?.seqs.length ?? 0);
      for (const part of parts) {
        const seqs = part.seqs;
        if (part.feature.kind !== 'concept') {
          const weight =
            wordsIdf * (part.feature.kind === 'head' ? RELEVANCE_WEIGHTS.head : RELEVANCE_WEIGHTS.body);
          for (let k = 0; k < seqs.length; k += 1) {
            const seq = seqs[k] as number;
            if (byWords[seq] === 0 && byConcepts[seq] === 0) inGroup[inGroupLength++] = seq;
            if (weight > (byWords[seq] as number)) byWords[seq] = weight;
          }
        } else {
          const weight =
            (isPlace(part.feature.conceptId ?? '') ? RELEVANCE_WEIGHTS.place : RELEVANCE_WEIGHTS.concept) *
            idf(seqs.length);
          for (let k = 0; k < seqs.length; k += 1) {
            const seq = seqs[k] as number;
            if (byWords[seq] === 0 && byConcepts[seq] === 0) inGroup[inGroupLength++] = seq;
            const w = weight * (normByCount[conceptCounts[seq] ?? 0] as number);
            if (w > (byConcepts[seq] as number)) byConcepts[seq] = w;
          }
        }
      }
      // The better of the two counts in full, the other by half: both beat either alone.
      for (let k = 0; k < inGroupLength; k += 1) {
        const seq = inGroup[k] as number;
        const w = byWords[seq] as number;
        const c = byConcepts[seq] as number;
        if (totals[seq] === 0) matched[matchedLength++] = seq;
        totals[seq] = (totals[seq] as number) + Math.max(w, c) + RELEVANCE_WEIGHTS.second * Math.min(w, c);
        byWords[seq] = 0;
        byConcepts[seq] = 0;
      }
    }

    const isReaders = query.readerLanguage ? stats.inLanguage(query.readerLanguage) : () => false;
    const whereIs = placesOfQuery(features, isPlace, options);
    const placeOf = whereIs ? stats.placeTest(whereIs.isLocation, whereIs.wanted) : undefined;
    const scoreOf = (seq: number) =>
      (totals[seq] as number) * (placeOf?.(seq) === 'elsewhere' ? RELEVANCE_WEIGHTS.elsewhere : 1) +
      (isReaders(seq) ? RELEVANCE_WEIGHTS.readerLanguage : 0);
    // No score is above its evidence plus the reader's tie-break (being elsewhere only halves): a
    // record whose bound cannot enter the best is passed over without the place test.
    const boundOf = (seq: number) => (totals[seq] as number) + RELEVANCE_WEIGHTS.readerLanguage;
    // Only the best `facetSample` need an order (the page lies within them); every match is scored.
    const every = matched.subarray(0, matchedLength);
    ranked = bestInOrder(every, scoreOf, facetSample, boundOf);
    for (let k = 0; k < matchedLength; k += 1) totals[every[k] as number] = 0;
    if (filtered) for (let i = 0; i < filtered.length; i += 1) allowed[filtered[i] as number] = 0;
  } catch (error) {
    scratchArrays = undefined; // never reuse arrays left half-written
    throw error;
  }
  const page = ranked.slice(query.offset, query.offset + query.limit);
  const maxCounted = options.maxCounted ?? MAX_COUNTED;
  const sample = ranked.slice(0, facetSample).map((r) => r.seq);
  // Why each record of the page matched, read now: the concept lists are views into live memory.
  const reasons = explain(
    page.map((p) => p.seq),
    features.map((f, i) => ({ feature: f.feature, seqs: sets[i] ?? [] })),
    match.query.groups.map((g) => g.words.map((w) => w.text).join(' ')),
    isPlace,
    marks,
  );
  const [rows, facets] = await Promise.all([
    pageRows(
      db,
      page.map((p) => ({ seq: p.seq, tier: 1, score: p.score })),
    ),
    matcher.countFacets(sample),
  ]);
  return {
    rows: rows.map((row, i) => ({ ...row, matched: reasons[i] ?? [] })),
    total: Math.min(matchedLength, maxCounted),
    isTotalExact: matchedLength <= maxCounted,
    facets,
    ...(matchedLength > facetSample ? { facetsSampleSize: facetSample } : {}),
  };
}

/** The locations that count as "here" for the places a query names, or undefined when it names none. */
function placesOfQuery(
  features: ReadonlyArray<{ feature: TFeature }>,
  isPlace: (conceptId: string) => boolean,
  options: TRelevanceOptions,
): { isLocation: (conceptId: string) => boolean; wanted: string[] } | undefined {
  const { isLocationConcept, locationsWithin } = options;
  if (!isLocationConcept || !locationsWithin) return undefined;
  const places = features.map((f) => f.feature.conceptId ?? '').filter((id) => id !== '' && isPlace(id));
  if (places.length === 0) return undefined;
  const wanted = [...new Set(places.flatMap((id) => [id, ...locationsWithin(id)]))];
  return { isLocation: isLocationConcept, wanted };
}

type TScratch = {
  totals: Float64Array;
  byWords: Float64Array;
  byConcepts: Float64Array;
  allowed: Uint8Array;
  marks: Uint16Array;
  /** The records a group reached, and every record matched: each record at most once in each. */
  inGroup: Int32Array;
  matched: Int32Array;
};
let scratchArrays: TScratch | undefined;

/**
 * Zeroed arrays of at least `size` numbers, kept between searches (scoring is synchronous, so no two
 * searches share them at once; each leaves them zeroed).
 */
function scoringScratch(size: number): TScratch {
  if (!scratchArrays || scratchArrays.totals.length < size) {
    const length = Math.max(1024, Math.ceil(size * 1.25));
    scratchArrays = {
      totals: new Float64Array(length),
      byWords: new Float64Array(length),
      byConcepts: new Float64Array(length),
      allowed: new Uint8Array(length),
      marks: new Uint16Array(length),
      inGroup: new Int32Array(length),
      matched: new Int32Array(length),
    };
  }
  return scratchArrays;
}

/**
 * The documents holding every word (each through any of its forms), allowed by the filters when there
 * are any. The word with the fewest postings goes first (it bounds the result); `marks` counts how many
 * words each candidate has held so far and is left zeroed.
 */
export function everyWord(
  words: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>,
  marks: Uint16Array,
  allowed?: Uint8Array,
): ArrayLike<number> {
  if (words.length === 0) return [];
  const nonEmpty = words.map((forms) => forms.filter((list) => list.length > 0));
  const only = nonEmpty[0]?.[0];
  if (nonEmpty.length === 1 && nonEmpty[0]?.length === 1 && only && !allowed) return only;
  const sizeOf = (forms: ReadonlyArray<ArrayLike<number>>) => forms.reduce((n, list) => n + list.length, 0);
  const ordered = nonEmpty.sort((x, y) => sizeOf(x) - sizeOf(y));
  const candidates: number[] = [];
  for (const list of ordered[0] ?? []) {
    for (let k = 0; k < list.length; k += 1) {
      const seq = list[k] as number;
      if (marks[seq] === 0 && (!allowed || allowed[seq] === 1)) {
        marks[seq] = 1;
        candidates.push(seq);
      }
    }
  }
  for (let w = 1; w < ordered.length; w += 1) {
    for (const list of ordered[w] ?? []) {
      for (let k = 0; k < list.length; k += 1) {
        const seq = list[k] as number;
        if (marks[seq] === w) marks[seq] = w + 1;
      }
    }
  }
  const held: number[] = [];
  for (const seq of candidates) {
    if (marks[seq] === ordered.length) held.push(seq);
    marks[seq] = 0;
  }
  return held;
}

/**
 * The best `count` of `seqs` by score (higher first), ties to the newest (higher seq), in order — a
 * bounded min-heap in two typed arrays, so a query matching 100,000 records sorts only the best
 * thousand and allocates nothing per match. `boundOf`, when given, is never below `scoreOf` (a cheap
 * upper bound): once the heap is full, a record whose bound would be turned away is not scored —
 * its score would be turned away too, so the result is the same.
 */
export function bestInOrder(
  seqs: ArrayLike<number>,
  scoreOf: (seq: number) => number,
  count: number,
  boundOf?: (seq: number) => number,
): TScoredSeq[] {
  const size = Math.max(0, Math.min(count, seqs.length));
  const heapSeq = new Float64Array(size);
  const heapScore = new Float64Array(size);
  let length = 0;
  // a worse than b: a lower score, or the same score and an older record.
  const worse = (i: number, j: number) =>
    (heapScore[i] as number) < (heapScore[j] as number) ||
    (heapScore[i] === heapScore[j] && (heapSeq[i] as number) < (heapSeq[j] as number));
  const swap = (i: number, j: number) => {
    const s = heapSeq[i] as number;
    heapSeq[i] = heapSeq[j] as number;
    heapSeq[j] = s;
    const c = heapScore[i] as number;
    heapScore[i] = heapScore[j] as number;
    heapScore[j] = c;
  };
  // From the last: matches come roughly in ascending seq order and many share a score, so walking
  // backwards meets a tie's newest first and turns the older ones away at the root (the best `count`
  // are the same in any order of visit: score, then seq, orders every match).
  for (let k = seqs.length - 1; k >= 0 && size > 0; k -= 1) {
    const seq = seqs[k] as number;
    if (boundOf && length === size) {
      const bound = boundOf(seq);
      const least = heapScore[0] as number;
      if (bound < least || (bound === least && seq <= (heapSeq[0] as number))) continue;
    }
    const score = scoreOf(seq);
    if (length < size) {
      heapSeq[length] = seq;
      heapScore[length] = score;
      let i = length;
      length += 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
      continue;
    }
    const least = heapScore[0] as number;
    if (score < least || (score === least && seq <= (heapSeq[0] as number))) continue;
    heapSeq[0] = seq;
    heapScore[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < length && worse(l, m)) m = l;
      if (r < length && worse(r, m)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  }
  const best: TScoredSeq[] = [];
  for (let i = 0; i < length; i += 1) best.push({ seq: heapSeq[i] as number, score: heapScore[i] as number });
  return best.sort((a, b) => b.score - a.score || b.seq - a.seq);
}

/** Every indexed document (the kept per-type totals add up to it). */
async function documentCount(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('search_facet_totals')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .where('facet', '=', 'type')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Why each record of the page matched: its words (in the head or the body), concepts and places. */
function explain(
  seqs: readonly number[],
  features: ReadonlyArray<{ feature: TFeature; seqs: ArrayLike<number> }>,
  groupTexts: readonly string[],
  isPlace: (conceptId: string) => boolean,
  marks: Uint16Array,
): TMatchReason[][] {
  // One pass over each feature's records, each page record marked by its place on the page (+1).
  seqs.forEach((seq, i) => {
    marks[seq] = i + 1;
  });
  const holders = features.map((f) => {
    const held = new Set<number>();
    for (let k = 0; k < f.seqs.length; k += 1)
      if (marks[f.seqs[k] as number] !== 0) held.add(f.seqs[k] as number);
    return held;
  });
  for (const seq of seqs) marks[seq] = 0;
  return seqs.map((seq) => {
    const reasons: TMatchReason[] = [];
    const seen = new Set<string>();
    features.forEach((f, i) => {
      if (!holders[i]?.has(seq)) return;
      const { feature } = f;
      if (feature.kind === 'concept' && feature.conceptId) {
        const kind = isPlace(feature.conceptId) ? 'place' : 'concept';
        const key = `${kind}:${feature.conceptId}`;
        if (!seen.has(key)) reasons.push({ kind, conceptId: feature.conceptId });
        seen.add(key);
        return;
      }
      const key = `words:${feature.group}`;
      if (seen.has(key)) return;
      seen.add(key);
      reasons.push({ kind: 'words', text: groupTexts[feature.group] ?? '' });
    });
    return reasons;
  });
}
