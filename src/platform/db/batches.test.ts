import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slices } from './batches.ts';

describe('slices', () => {
  it('keeps every row once, in order, with at most ~30,000 values a slice', () => {
    for (const [count, valuesPerRow] of [
      [0, 3],
      [1, 3],
      [1000, 3],
      [10_001, 3],
      [25_000, 3],
      [250, 12],
      [2999, 8],
    ] as const) {
      const rows = Array.from({ length: count }, (_, k) => k);
      const cut = slices(rows, valuesPerRow);
      assert.deepEqual(cut.flat(), rows);
      for (const slice of cut) {
        assert.ok(slice.length > 0);
        assert.ok(slice.length * valuesPerRow <= 30_000);
      }
    }
  });

  it('gives a few shapes whatever the number of rows (a statement cache keeps each shape once)', () => {
    const shapes = new Set<number>();
    for (let count = 1; count <= 3000; count++)
      for (const slice of slices(
        Array.from({ length: count }, () => 0),
        3,
      ))
        shapes.add(slice.length);
    assert.ok(shapes.size <= 12, `${shapes.size} shapes`);
    assert.deepEqual(
      slices(
        Array.from({ length: 1000 }, () => 0),
        3,
      ).map((s) => s.length),
      [512, 256, 128, 64, 32, 8],
    );
  });
});
