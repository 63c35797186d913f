import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { newId } from '../../platform/ids.ts';

type TExecutor = Kysely<Database> | Transaction<Database>;

export type TAuditEntry = {
  /** Who did it; null for the system or an anonymous visitor. */
  actorId: string | null;
  /** What happened, as "<domain>.<verb>": "accounts.signed_up", "membership.application_accepted". */
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Facts worth keeping (never passwords, tokens or letter contents). */
  details?: Record<string, unknown>;
  requestId?: string | null;
  at: string;
};

/** Writes one audit entry; call it with the transaction that makes the change. */
export async function recordAudit(executor: TExecutor, entry: TAuditEntry): Promise<void> {
  await executor
    .insertInto('audit_log')
    .values({
      id: newId(Date.parse(entry.at)),
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

export type TAuditFilter = { action?: string; subjectType?: string; subjectId?: string; actorId?: string };

export async function listAuditEntries(
  db: Kysely<Database>,
  filter: TAuditFilter,
  limit: number,
  offset: number,
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.subject_type as subjectType',
      'audit_log.subject_id as subjectId',
      'audit_log.details',
      'audit_log.request_id as requestId',
      'audit_log.actor_id as actorId',
      'users.name as actorName',
      'users.email as actorEmail',
    ]);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.subjectType) query = query.where('audit_log.subject_type', '=', filter.subjectType);
  if (filter.subjectId) query = query.where('audit_log.subject_id', '=', filter.subjectId);
  if (filter.actorId) query = query.where('audit_log.actor_id', '=', filter.actorId);
  return query.orderBy('audit_log.id', 'desc').limit(limit).offset(offset).execute();
}

/** The distinct actions in the log, for the audit page's filter. */
export async function listAuditActions(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
