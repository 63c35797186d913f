import { PostgresAdapter } from 'kysely';
import type { TDb, TDialectName } from './database.ts';

/** Which database a Kysely instance (or transaction) talks to, for code handed only the instance. */
export function dialectOf(db: TDb): TDialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
