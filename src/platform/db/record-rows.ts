import { sql } from 'kysely';
import type { TDb } from './database.ts';
import type { Database } from './schema.ts';

/** Tables whose rows carry a text id and an optimistic version: the records a walk visits. */
type TRecordTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: unknown } ? K : never;
}[keyof Database];

/**
 * The few questions a walk over every row of a records table asks (a search reindex): ids in order,
 * which ids still exist, and a lock on a batch. A repository makes one for its own table, so the walk
 * itself never names a domain's table.
 */
export type TRecordRows<T> = {
  /** At most `limit` ids greater than `after`, in id order ('' starts at the beginning). */
  listIdsAfter(db: TDb, after: string, limit: number): Promise<string[]>;
  /** Those of `ids` that still have a row. */
  listExistingIds(db: TDb, ids: readonly string[]): Promise<Set<string>>;
  /**
   * Locks these rows until the transaction ends (a no-op update, as lockAndCountOwners does): on
   * PostgreSQL a concurrent edit waits for it, on SQLite it takes the write lock; so what is read
   * next in the transaction is what is saved.
   */
  lock(db: TDb, ids: readonly string[]): Promise<void>;
  /** The records of these (one or more) ids, as the domain reads them (its repository's own loader). */
  load(db: TDb, ids: string[]): Promise<T[]>;
};

export function recordRows<T>(
  table: TRecordTable,
  load: (db: TDb, ids: string[]) => Promise<T[]>,
): TRecordRows<T> {
  const from = sql.table(table);
  return {
    async listIdsAfter(db, after, limit) {
      const result = await sql<{ id: string }>`
        select id from ${from} where id > ${after} order by id limit ${limit}`.execute(db);
      return result.rows.map((row) => row.id);
    },
    async listExistingIds(db, ids) {
      if (ids.length === 0) return new Set();
      const result = await sql<{ id: string }>`
        select id from ${from} where id in (${sql.join([...ids])})`.execute(db);
      return new Set(result.rows.map((row) => row.id));
    },
    async lock(db, ids) {
      if (ids.length === 0) return;
      await sql`update ${from} set version = version where id in (${sql.join([...ids])})`.execute(db);
    },
    load,
  };
}
