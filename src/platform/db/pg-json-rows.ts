import { sql } from 'kysely';
import type { TDb } from './database.ts';

/**
 * Inserts rows on PostgreSQL in one statement whatever their number, the rows sent as one JSON array and
 * read by `json_populate_recordset` with the table's own column types (issue 12, ADR 0127): a chunk's
 * ~10,000 facet rows were many multi-row VALUES statements of up to 30,000 parameters, each bound value by
 * value by pg and parsed and planned by the server; JSON is written and read natively. A value left
 * undefined is written as null (as `insertRows` does). Returns false, having written nothing, when a row
 * does not hold exactly `columns` or a value is not text, a number, a boolean or null (a Date, a Buffer, an
 * object: pg's own conversion of those would differ from JSON's): the caller writes them its own way.
 */
export async function insertJsonRows(
  db: TDb,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<boolean> {
  if (rows.length === 0 || !rows.every((row) => isPlainRow(row, columns))) return false;
  const list = sql.join(columns.map((c) => sql.id(c)));
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${rowsJson(rows)}::json)`.execute(
    db,
  );
  return true;
}

function isPlainRow(row: Record<string, unknown>, columns: readonly string[]): boolean {
  let count = 0;
  for (const key in row) {
    const value = row[key];
    if (!(value === null || value === undefined || PLAIN.has(typeof value))) return false;
    count += 1;
  }
  return count === columns.length && columns.every((c) => c in row);
}

const PLAIN = new Set(['string', 'number', 'boolean']);

/**
 * The rows as JSON text. A string holding half of a surrogate pair is written by JSON.stringify as an escape
 * (\udXXX) that PostgreSQL refuses; pg's own parameters sent it as U+FFFD, so that is what it becomes here.
 */
export function rowsJson(rows: ReadonlyArray<Record<string, unknown>>): string {
  const json = JSON.stringify(rows);
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd') : json;
}

/** An escape \uD800–\uDFFF not itself escaped (preceded by an even number of backslashes). */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/gi;
