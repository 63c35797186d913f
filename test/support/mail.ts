import type { TDeps } from '../../src/deps.ts';

/**
 * What a test reads back of the mail a change wrote, instead of writing the query again in each test
 * (the audit entries: test/support/audit-entries.ts). A `%` in a dedupe key matches as in SQL `like`.
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
