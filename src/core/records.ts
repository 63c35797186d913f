import type { Kysely, Transaction, UpdateObject } from 'kysely';
import type { Database } from '../platform/db/schema.ts';
import { newId } from '../platform/ids.ts';
import { slugify } from '../platform/text.ts';

/** A database handle or a transaction: repositories take either, so services decide the transaction. */
export type TExecutor = Kysely<Database> | Transaction<Database>;

/** Reads a JSON column; an empty or damaged value gives the fallback rather than an error page. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Tables whose rows carry an id and a version (optimistic locking: edits name the version they saw). */
export type TVersionedTable = {
  [K in keyof Database]: Database[K] extends { id: unknown; version: unknown } ? K : never;
}[keyof Database];

/**
 * Applies `patch` to the row only if it is still at `version` (and, with `onlyIf`, still in one of the
 * given states of a column); false when someone else saved first (the caller answers 409 and shows the
 * newer record). The patch sets the next version itself.
 */
export async function updateAtVersion<TTable extends TVersionedTable>(
  executor: TExecutor,
  table: TTable,
  id: string,
  version: number,
  patch: UpdateObject<Database, TTable>,
  onlyIf?: { column: keyof Database[TTable] & string; in: readonly string[] },
): Promise<boolean> {
  // Kysely cannot see that every table of TVersionedTable has id and version; this one view does.
  const db = executor as unknown as Kysely<
    Record<string, { id: string; version: number; [column: string]: unknown }>
  >;
  let query = db
    .updateTable(table as string)
    .set(patch as UpdateObject<Record<string, { id: string; version: number }>, string>)
    .where('id', '=', id)
    .where('version', '=', version);
  if (onlyIf) query = query.where(onlyIf.column as string, 'in', [...onlyIf.in]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A free slug made from `wanted`: the plain one first, then "-2", "-3"… (the base cut to `maxBase`
 * characters so the suffix fits), skipping reserved words that are pages; a random tail as a last resort.
 */
export async function uniqueSlug(
  wanted: string,
  isTaken: (slug: string) => Promise<boolean>,
  options: {
    /** Used when `wanted` gives no letters at all ("news", "event"…). */
    fallback: string;
    reserved?: ReadonlySet<string>;
    maxBase?: number;
    /** Candidates to try before the numbered ones (events add the year). */
    candidates?: (base: string) => readonly string[];
  },
): Promise<string> {
  const base = slugify(wanted) || options.fallback;
  const cut = base.slice(0, options.maxBase ?? 56);
  const tried = options.candidates ? [...options.candidates(base)] : [base];
  const numbered = (n: number) => (options.candidates ? `${tried.at(-1)}-${n}` : `${cut}-${n}`);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n <= tried.length ? (tried[n - 1] as string) : numbered(n - tried.length + 1);
    if (options.reserved?.has(candidate)) continue;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${base.slice(0, 40)}-${newId().slice(-12)}`;
}
