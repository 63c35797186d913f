import { CompiledQuery, type Insertable } from 'kysely';
import { slices } from './batches.ts';
import type { TDb } from './database.ts';
import { dialectOf } from './dialect-of.ts';
import { insertJsonRows } from './pg-json-rows.ts';
import type { Database } from './schema.ts';

/**
 * Many rows into one table in as few multi-row statements as `slices` cuts them (ADR 0117), with the
 * statements' text written here once per shape and kept, and the values bound in the columns' order —
 * the bulk import's writes without a query tree built and compiled for each statement: Kysely's insert
 * builder spent about a tenth of the import writer's time turning ~1,000-row chunks into SQL (ADR 0128).
 * Every row must hold the same columns as the first; a value left undefined is written as null, as the
 * builder does when rows differ. `returning` names columns to read back (in no particular order).
 */
export async function insertRows<T extends keyof Database & string>(
  db: TDb,
  table: T,
  rows: ReadonlyArray<Insertable<Database[T]>>,
  returning: ReadonlyArray<keyof Database[T] & string> = [],
): Promise<Array<Record<string, unknown>>> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  // PostgreSQL: one statement, the rows as one JSON parameter (ADR 0127).
  if (
    returning.length === 0 &&
    dialectOf(db) === 'postgres' &&
    (await insertJsonRows(db, table, columns, rows))
  )
    return [];
  return insertValues(
    db,
    table,
    columns,
    rows.map((row) => valuesOf(row as Record<string, unknown>, columns)),
    returning,
  );
}

/**
 * The same for rows given as values in the columns' order, into any table (FTS5's virtual table, whose
 * `rowid` no schema type names).
 */
export async function insertValues(
  db: TDb,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  returning: readonly string[] = [],
): Promise<Array<Record<string, unknown>>> {
  const dialect = dialectOf(db);
  const out: Array<Record<string, unknown>> = [];
  for (const slice of slices(rows, Math.max(1, columns.length))) {
    const text = statementText(dialect, table, columns, slice.length, returning);
    const result = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(text, boundInOrder(slice)),
    );
    if (returning.length > 0) out.push(...result.rows);
  }
  return out;
}

function boundInOrder(rows: ReadonlyArray<readonly unknown[]>): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const value of row) values.push(value);
  return values;
}

function valuesOf(row: Record<string, unknown>, columns: readonly string[]): unknown[] {
  if (Object.keys(row).length !== columns.length)
    throw new Error('insertRows: every row must hold the same columns as the first');
  return columns.map((column) => {
    if (!(column in row)) throw new Error(`insertRows: a row lacks the column ${column}`);
    return row[column] ?? null;
  });
}

/** A statement's text by its shape; `slices` keeps shapes few, so this stays small. */
const texts = new Map<string, string>();

function statementText(
  dialect: 'sqlite' | 'postgres',
  table: string,
  columns: readonly string[],
  rowCount: number,
  returning: readonly string[],
): string {
  const key = `${dialect}\u0000${table}\u0000${columns.join(',')}\u0000${rowCount}\u0000${returning.join(',')}`;
  const kept = texts.get(key);
  if (kept) return kept;
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  let n = 0;
  const placeholder = dialect === 'postgres' ? () => `$${++n}` : () => '?';
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r++) tuples.push(`(${columns.map(placeholder).join(', ')})`);
  const back = returning.length > 0 ? ` returning ${returning.map(quoted).join(', ')}` : '';
  const text = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${tuples.join(', ')}${back}`;
  texts.set(key, text);
  return text;
}
