import { sql } from 'kysely';
import type { TDb } from './database.ts';
import { dialectOf } from './dialect-of.ts';

/** A column value that JSON carries to PostgreSQL unchanged: text, a number, a boolean or null. */
type TPlain = string | number | boolean | null;

/**
 * The columns of rows that PostgreSQL can take as one JSON parameter, or undefined when it cannot: on
 * SQLite, or when the rows do not all set the same columns (a multi-row VALUES fills a column a row leaves
 * out with its default; a JSON row would fill it with null), or when a value is not plain (a Date, a
 * Buffer, an object: pg's own conversion of those would differ from JSON's).
 */
export function jsonRowColumns(db: TDb, rows: ReadonlyArray<Record<string, unknown>>): string[] | undefined {
  const first = rows[0];
  if (!first || dialectOf(db) !== 'postgres') return undefined;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  for (const row of rows) {
    let defined = 0;
    for (const [column, value] of Object.entries(row)) {
      if (value === undefined) continue;
      if (!isPlain(value) || !(column in first) || first[column] === undefined) return undefined;
      defined += 1;
    }
    if (defined !== columns.length) return undefined;
  }
  return columns;
}

function isPlain(value: unknown): value is TPlain {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * Inserts rows on PostgreSQL in one statement whatever their number, the rows sent as one JSON array and
 * read by `json_populate_recordset` with the table's own column types (issue 12): a chunk of the bulk
 * import's ~2,500 facet rows was five multi-row VALUES statements of up to 30,000 parameters, each built
 * value by value by Kysely and pg, and parsed and planned by the server; JSON is written and read natively.
 * Returns false (nothing written) when the rows cannot go this way (`jsonRowColumns`): the caller writes
 * them as before.
 */
export async function insertJsonRows(
  db: TDb,
  table: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<boolean> {
  const columns = jsonRowColumns(db, rows);
  if (!columns) return false;
  const list = sql.join(columns.map((c) => sql.id(c)));
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${rowsJson(rows)}::json)`.execute(
    db,
  );
  return true;
}

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
