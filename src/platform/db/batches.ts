/**
 * Rows cut so that one multi-row statement binds at most ~30,000 values (SQLite's limit is 32,766,
 * PostgreSQL's 65,535): for writes of many rows at once (the bulk import). Slices are of the full size,
 * then the rest in sizes that are powers of two, largest first (1,000 rows of 3 values: 512, 256, 128,
 * 64, 32, 8): a table's multi-row statements take a few shapes, which SQLite's statement cache keeps and
 * reuses, instead of one shape per row count — each a prepared statement of up to 30,000 values that the
 * cache kept (~0.5 MB each), the import's native memory growth (issue 12).
 */
export function slices<T>(rows: readonly T[], valuesPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / valuesPerRow));
  const out: T[][] = [];
  let i = 0;
  for (; i + size <= rows.length; i += size) out.push(rows.slice(i, i + size));
  for (let part = highestPowerOfTwo(rows.length - i); i < rows.length; part /= 2) {
    if (i + part > rows.length) continue;
    out.push(rows.slice(i, i + part));
    i += part;
  }
  return out;
}

function highestPowerOfTwo(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}
