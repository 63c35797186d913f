import type { TDb } from '../db/database.ts';
import type { TRecordRows } from '../db/record-rows.ts';
import type { TReindexCount } from './search-types.ts';

const BATCH = 100;

/**
 * Walks every record of one table in id order, a batch per transaction: the batch's rows are locked,
 * re-read in that transaction and each one's document synced by `sync` (upsert when public, remove
 * otherwise; true when public). Then it walks the index's documents of
 * `type` and removes those whose record no longer exists. Idempotent, and safe beside a running
 * server: an edit either waits for the batch or comes after it and writes its own document.
 */
export async function reindexRecords<T>(
  db: TDb,
  removeDocument: (id: string) => Promise<void>,
  type: string,
  rows: TRecordRows<T>,
  sync: (record: T, trx: TDb) => Promise<boolean>,
): Promise<TReindexCount> {
  const count: TReindexCount = { records: 0, indexed: 0, stale: 0 };
  for (let after = ''; ; ) {
    const ids = await rows.listIdsAfter(db, after, BATCH);
    if (ids.length === 0) break;
    count.indexed += await db.transaction().execute(async (trx) => {
      await rows.lock(trx, ids);
      let indexed = 0;
      for (const record of await rows.load(trx, ids)) if (await sync(record, trx)) indexed += 1;
      return indexed;
    });
    count.records += ids.length;
    after = ids[ids.length - 1] ?? after;
  }
  for (let after = ''; ; ) {
    const ids = await listDocumentIdsAfter(db, type, after, BATCH);
    if (ids.length === 0) break;
    const existing = await rows.listExistingIds(db, ids);
    for (const id of ids) {
      if (existing.has(id)) continue;
      await removeDocument(id);
      count.stale += 1;
    }
    after = ids[ids.length - 1] ?? after;
  }
  return count;
}

async function listDocumentIdsAfter(db: TDb, type: string, after: string, limit: number): Promise<string[]> {
  const documents = await db
    .selectFrom('search_documents')
    .select('id')
    .where('type', '=', type)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return documents.map((d) => d.id);
}

const REINDEX_KEY = 'reindex';

/** Whether a migration asked for every record to be indexed again (search_state "reindex", 0012). */
export async function isReindexRequired(db: TDb): Promise<boolean> {
  const state = await db
    .selectFrom('search_state')
    .select('value')
    .where('key', '=', REINDEX_KEY)
    .executeTakeFirst();
  return state?.value === 'required';
}

/**
 * Asks for every record to be indexed again from its domain (search_state "reindex"), inside the
 * caller's transaction: the request exists exactly when the change that needs it does.
 */
export async function requireReindex(db: TDb): Promise<void> {
  await db
    .insertInto('search_state')
    .values({ key: REINDEX_KEY, value: 'required' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'required' }))
    .execute();
}

export async function clearReindexRequired(db: TDb): Promise<void> {
  await db.deleteFrom('search_state').where('key', '=', REINDEX_KEY).execute();
}
