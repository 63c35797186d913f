/**
 * Rows cut so that one multi-row statement binds at most ~30,000 values (SQLite's limit is 32,766,
 * PostgreSQL's 65,535): for writes of many rows at once (the bulk import).
 */
export function slices<T>(rows: readonly T[], valuesPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / valuesPerRow));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
