import type { TDeps } from '../deps.ts';
import { readMeta, writeMeta } from '../platform/db/app-meta.ts';

/** Loads the demo content once, into an empty database. */
export async function loadDemoIfEmpty(deps: TDeps): Promise<boolean> {
  if (await readMeta(deps.db, 'demo_loaded')) return false;
  const users = await deps.db.selectFrom('users').select('id').limit(1).execute();
  if (users.length > 0) return false;
  await writeMeta(deps.db, 'demo_loaded', deps.clock.now().toISOString());
  return true;
}
