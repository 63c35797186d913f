import type { TDb } from '../db/database.ts';
import type { DocumentStats } from './document-stats.ts';
import { filterTokenGroups, type TFacetCountRow } from './index-rows.ts';
import type { TFeature } from './query-model.ts';
import { FACET_CANDIDATES, MAX_COUNTED, pageRows, type TBounds } from './ranked-candidates.ts';
import type { TEngineFound, TEngineQuery, TMatchReason } from './search-types.ts';

/**
 * Relevance over every match (docs/adr/0022-rank-every-match.md). In one line: each group of the
 * query's words adds its rarity (idf) by its best evidence — its words in the record's title or
 * summary (full), only in its body (0.3), or a concept it names that the record carries — plus half
 * of the other kind when it has both; a place the query names weighs twice its rarity; concept and place evidence is normalised by how many
 * concepts the record carries (BM25's length normalisation, over the concepts field); the reader's
 * language breaks ties, then the newest.
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
  /** For a record in the reader's language: less than any real difference of evidence. */
  readerLanguage: 0.001,
} as const;

/** What an engine supplies: the expression of each feature and the records matching each. */
export type TFeatureMatcher = {
  features(query: TEngineQuery, filterGroups: string[][]): Array<{ feature: TFeature; expression: string }>;
  /** For each expression, every matching record's seq (unranked, unbounded). */
  matchSets(expressions: readonly string[]): Promise<number[][]>;
  countFacets(seqs: readonly number[]): Promise<TFacetCountRow[]>;
  stats(): Promise<DocumentStats>;
};

export type TRelevanceOptions = TBounds & {
  /** Concept ids that are places (countries, regions, cities): they get the place weight. */
  isPlaceConcept?: (conceptId: string) => boolean;
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
  const features = matcher.features(query, filterTokenGroups(query.filters));
  const [sets, documents, stats] = await Promise.all([
    matcher.matchSets(features.map((f) => f.expression)),
    documentCount(db),
    matcher.stats(),
  ]);
  const idf = (df: number) => Math.log(1 + Math.max(documents, df) / Math.max(1, df));
  const { k1, b } = RELEVANCE_WEIGHTS;
  const average = stats.averageConceptCount();
  const norm = (seq: number) =>
    (k1 + 1) / (1 + k1 * (1 - b + (b * Math.max(1, stats.conceptCount(seq))) / average));

  const groups = new Map<number, Array<{ feature: TFeature; seqs: number[] }>>();
  let maxSeq = 0;
  features.forEach((f, i) => {
    const seqs = sets[i] ?? [];
    for (const seq of seqs) if (seq > maxSeq) maxSeq = seq;
    const list = groups.get(f.feature.group) ?? [];
    list.push({ feature: f.feature, seqs });
    groups.set(f.feature.group, list);
  });
  // Dense arrays indexed by seq: scoring 100,000 matches is a few loops over numbers, no hashing.
  const { totals, byWords, byConcepts } = scoringScratch(maxSeq + 1);
  const facetSample = Math.max(options.facetCandidates ?? FACET_CANDIDATES, query.offset + query.limit);
  const matched: number[] = [];
  let ranked: TScoredSeq[] = [];
  try {
    for (const parts of groups.values()) {
      // The group's words (in the head or only the body) and the best of its concepts and places.
      const inGroup: number[] = [];
      const raise = (map: Float64Array, seq: number, weight: number) => {
        if ((byWords[seq] ?? 0) === 0 && (byConcepts[seq] ?? 0) === 0) inGroup.push(seq);
        if (weight > (map[seq] ?? 0)) map[seq] = weight;
      };
      const words = parts.find((p) => p.feature.kind === 'words');
      const wordsIdf = idf(words?.seqs.length ?? 0);
      for (const part of parts) {
        if (part.feature.kind === 'words')
          for (const seq of part.seqs) raise(byWords, seq, wordsIdf * RELEVANCE_WEIGHTS.body);
        else if (part.feature.kind === 'head')
          for (const seq of part.seqs) raise(byWords, seq, wordsIdf * RELEVANCE_WEIGHTS.head);
        else {
          const weight =
            (isPlace(part.feature.conceptId ?? '') ? RELEVANCE_WEIGHTS.place : RELEVANCE_WEIGHTS.concept) *
            idf(part.seqs.length);
          for (const seq of part.seqs) raise(byConcepts, seq, weight * norm(seq));
        }
      }
      // The better of the two counts in full, the other by half: both beat either alone.
      for (const seq of inGroup) {
        const w = byWords[seq] ?? 0;
        const c = byConcepts[seq] ?? 0;
        if ((totals[seq] ?? 0) === 0) matched.push(seq);
        totals[seq] = (totals[seq] ?? 0) + Math.max(w, c) + RELEVANCE_WEIGHTS.second * Math.min(w, c);
        byWords[seq] = 0;
        byConcepts[seq] = 0;
      }
    }

    const reader = query.readerLanguage;
    const scoreOf = (seq: number) =>
      (totals[seq] ?? 0) + (reader && stats.isLanguage(seq, reader) ? RELEVANCE_WEIGHTS.readerLanguage : 0);
    // Only the best `facetSample` need an order (the page lies within them); every match is scored.
    ranked = bestInOrder(matched, scoreOf, facetSample);
    for (const seq of matched) totals[seq] = 0;
  } catch (error) {
    scratchArrays = undefined; // never reuse arrays left half-written
    throw error;
  }
  const page = ranked.slice(query.offset, query.offset + query.limit);
  const maxCounted = options.maxCounted ?? MAX_COUNTED;
  const sample = ranked.slice(0, facetSample).map((r) => r.seq);
  const [rows, facets] = await Promise.all([
    pageRows(
      db,
      page.map((p) => ({ seq: p.seq, tier: 1, score: p.score })),
    ),
    matcher.countFacets(sample),
  ]);
  const reasons = explain(
    page.map((p) => p.seq),
    features.map((f, i) => ({ feature: f.feature, seqs: sets[i] ?? [] })),
    match.query.groups.map((g) => g.words.map((w) => w.text).join(' ')),
    isPlace,
  );
  return {
    rows: rows.map((row, i) => ({ ...row, matched: reasons[i] ?? [] })),
    total: Math.min(matched.length, maxCounted),
    isTotalExact: matched.length <= maxCounted,
    facets,
    ...(matched.length > facetSample ? { facetsSampleSize: facetSample } : {}),
  };
}

type TScratch = { totals: Float64Array; byWords: Float64Array; byConcepts: Float64Array };
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
    };
  }
  return scratchArrays;
}

/**
 * The best `count` of `seqs` by score (higher first), ties to the newest (higher seq), in order — a
 * bounded min-heap, so a query matching 100,000 records sorts only the best thousand.
 */
export function bestInOrder(
  seqs: readonly number[],
  scoreOf: (seq: number) => number,
  count: number,
): TScoredSeq[] {
  const worse = (a: TScoredSeq, b: TScoredSeq) => a.score < b.score || (a.score === b.score && a.seq < b.seq);
  const heap: TScoredSeq[] = [];
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && worse(heap[l] as TScoredSeq, heap[least] as TScoredSeq)) least = l;
      if (r < heap.length && worse(heap[r] as TScoredSeq, heap[least] as TScoredSeq)) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least] as TScoredSeq, heap[i] as TScoredSeq];
      i = least;
    }
  };
  for (const seq of seqs) {
    const item = { seq, score: scoreOf(seq) };
    if (heap.length < count) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as TScoredSeq, heap[parent] as TScoredSeq)) break;
        [heap[i], heap[parent]] = [heap[parent] as TScoredSeq, heap[i] as TScoredSeq];
        i = parent;
      }
    } else if (count > 0 && worse(heap[0] as TScoredSeq, item)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => b.score - a.score || b.seq - a.seq);
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
  features: ReadonlyArray<{ feature: TFeature; seqs: number[] }>,
  groupTexts: readonly string[],
  isPlace: (conceptId: string) => boolean,
): TMatchReason[][] {
  const wanted = new Set(seqs);
  const holders = features.map((f) => {
    const held = new Set<number>();
    for (const s of f.seqs) if (wanted.has(s)) held.add(s);
    return held;
  });
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
