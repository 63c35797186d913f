import type { TDeps } from '../../src/deps.ts';

/**
 * What a test reads back of the mail and the audit log a change wrote, instead of writing the query
 * again in each test. A `%` in a dedupe key or an action matches as in SQL `like` (`communities.%`).
 */
type TOutboxWhere = { to?: string | readonly string[]; dedupeKey?: string; status?: string; id?: string };

/** The outbox rows that match every condition given (in the database's order, as a plain select gives them). */
export function outboxRows(deps: TDeps, where: TOutboxWhere) {
  let query = deps.db.selectFrom('outbox').selectAll();
  if (typeof where.to === 'string') query = query.where('to_address', '=', where.to);
  else if (where.to) query = query.where('to_address', 'in', [...where.to]);
  if (where.dedupeKey !== undefined)
    query = query.where('dedupe_key', where.dedupeKey.includes('%') ? 'like' : '=', where.dedupeKey);
  if (where.status !== undefined) query = query.where('status', '=', where.status);
  if (where.id !== undefined) query = query.where('id', '=', where.id);
  return query.execute();
}

/** The one outbox row that matches (the test fails when there is none). */
export async function outboxRow(deps: TDeps, where: TOutboxWhere) {
  const [row] = await outboxRows(deps, where);
  if (!row) throw new Error(`no outbox row for ${JSON.stringify(where)}`);
  return row;
}

/** The audit entries of an action (or of actions `like` it), in the database's order. */
export function auditEntries(deps: TDeps, action: string) {
  return deps.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', action.includes('%') ? 'like' : '=', action)
    .execute();
}

/** The first audit entry of an action (the test fails when there is none). */
export async function auditEntry(deps: TDeps, action: string) {
  const [entry] = await auditEntries(deps, action);
  if (!entry) throw new Error(`no audit entry ${action}`);
  return entry;
}
