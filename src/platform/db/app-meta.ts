import { randomBytes } from 'node:crypto';
import type { TDb } from './database.ts';

/** Small key/value facts about this installation (its secret, whether demo content was loaded). */
export async function readMeta(db: TDb, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeMeta(db: TDb, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * The installation's signing secret, made on first start and kept in the database, so every app node
 * that shares the database signs and checks alike.
 */
export async function loadOrCreateSecret(db: TDb): Promise<string> {
  const fresh = randomBytes(32).toString('base64url');
  await db
    .insertInto('app_meta')
    .values({ key: 'secret', value: fresh })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await readMeta(db, 'secret');
  if (!stored) throw new Error('The installation secret could not be stored');
  return stored;
}
