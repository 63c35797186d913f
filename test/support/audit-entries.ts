import type { TDeps } from '../../src/deps.ts';

/** Which audit entries a test reads: about a subject, by an actor (null: the system), of some actions. */
export type TAuditQuery = { subjectId?: string; actorId?: string | null; actions?: readonly string[] };

/** The audit entries that match, oldest first, as the audit log keeps them (details as written, JSON). */
export async function auditEntries(deps: TDeps, query: TAuditQuery) {
  let select = deps.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'subject_id', 'details'])
    .orderBy('id');
  if (query.subjectId !== undefined) select = select.where('subject_id', '=', query.subjectId);
  if (query.actorId === null) select = select.where('actor_id', 'is', null);
  else if (query.actorId !== undefined) select = select.where('actor_id', '=', query.actorId);
  if (query.actions !== undefined) select = select.where('action', 'in', [...query.actions]);
  return select.execute();
}

/** The actions of the entries that match, in alphabetical order (entries of one moment have no order). */
export async function auditActions(deps: TDeps, query: TAuditQuery): Promise<string[]> {
  return (await auditEntries(deps, query)).map((entry) => entry.action).sort();
}
