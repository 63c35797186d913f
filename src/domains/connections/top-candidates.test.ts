import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topCandidates } from './top-candidates.ts';

/** The bounded selection keeps exactly what a full sort would: same order, same ties, same filter. */
describe('connections: the best candidates without a full sort', () => {
  const fullSort = (sums: Map<string, number>, limit: number, isWanted: (id: string) => boolean) =>
    [...sums]
      .filter(([id]) => isWanted(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => id);

  it('agrees with sorting everything, ties and filtered entries included', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 200; round += 1) {
      const sums = new Map<string, number>();
      const size = Math.floor(random() * 400);
      for (let i = 0; i < size; i += 1)
        sums.set(`id-${Math.floor(random() * 10_000).toString(36)}`, Math.floor(random() * 20) * 250);
      const isWanted = (id: string) => !id.endsWith('3');
      for (const limit of [0, 1, 5, 80, 500])
        assert.deepEqual(topCandidates(sums, limit, isWanted), fullSort(sums, limit, isWanted));
    }
  });

  it('asks about few entries when many share a concept', () => {
    const sums = new Map<string, number>();
    for (let i = 0; i < 20_000; i += 1)
      sums.set(`l-${String(i).padStart(5, '0')}`, i % 7 === 0 ? 5000 : 1000);
    let asked = 0;
    const top = topCandidates(sums, 80, () => {
      asked += 1;
      return true;
    });
    assert.equal(top.length, 80);
    assert.equal(top[0], 'l-00000');
    assert.ok(asked < 2_000, `asked ${asked}`);
  });
});
