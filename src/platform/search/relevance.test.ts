import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seqList } from './fts5-index.ts';
import { bestInOrder } from './relevance.ts';

/** A repeatable sequence of numbers in [0, 1) from a seed (a linear congruential generator). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The selection that orders only the best matches of a search (every match is still scored). */
describe('bestInOrder', () => {
  it('returns the best by score, ties to the newest, in the same order as sorting everything', () => {
    const random = seededRandom(7);
    const seqs = Array.from({ length: 5_000 }, (_, i) => i + 1);
    // Few distinct scores, so ties are many and must go to the higher seq.
    const scores = new Map(seqs.map((seq) => [seq, Math.floor(random() * 40) / 4]));
    const scoreOf = (seq: number) => scores.get(seq) ?? 0;
    const sorted = seqs
      .map((seq) => ({ seq, score: scoreOf(seq) }))
      .sort((a, b) => b.score - a.score || b.seq - a.seq);
    for (const count of [1, 20, 1_000, 5_000, 9_000])
      assert.deepEqual(bestInOrder(seqs, scoreOf, count), sorted.slice(0, count), `best ${count}`);
  });

  it('gives the same best with an upper bound of each score, however loose', () => {
    const random = seededRandom(11);
    const seqs = Array.from({ length: 5_000 }, (_, i) => i + 1);
    // As the ranking: evidence in quarters, halved for some records, a tie-break for others.
    const evidence = new Map(seqs.map((seq) => [seq, Math.floor(random() * 40) / 4]));
    const halved = new Set(seqs.filter(() => random() < 0.4));
    const readers = new Set(seqs.filter(() => random() < 0.2));
    const scoreOf = (seq: number) =>
      (evidence.get(seq) ?? 0) * (halved.has(seq) ? 0.5 : 1) + (readers.has(seq) ? 0.001 : 0);
    const boundOf = (seq: number) => (evidence.get(seq) ?? 0) + 0.001;
    for (const count of [1, 20, 1_000, 5_000])
      assert.deepEqual(
        bestInOrder(seqs, scoreOf, count, boundOf),
        bestInOrder(seqs, scoreOf, count),
        `best ${count}`,
      );
  });

  it('returns nothing for no matches or a count of zero', () => {
    assert.deepEqual(
      bestInOrder([], () => 1, 10),
      [],
    );
    assert.deepEqual(
      bestInOrder([1, 2, 3], () => 1, 0),
      [],
    );
  });
});

describe('seqList', () => {
  it("reads the engine's comma-separated seqs as numbers", () => {
    assert.deepEqual([...seqList('')], []);
    assert.deepEqual([...seqList('7')], [7]);
    assert.deepEqual([...seqList('12,7,300,2147483647')], [12, 7, 300, 2_147_483_647]);
    assert.ok(seqList('12,7') instanceof Int32Array);
  });
});
