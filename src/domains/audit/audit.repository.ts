import type { Kysely } from 'kysely';
import { audit } from '../../core/audit.ts';
import type { TExecutor } from '../../core/records.ts';
import type { Database } from '../../platform/db/schema.ts';

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

/** Writes one audit entry (the older, one-object form of core/audit.ts's `audit`). */
export async function recordAudit(executor: TExecutor, entry: TAuditEntry): Promise<void> {
  await audit(
    executor,
    { actorId: entry.actorId, requestId: entry.requestId ?? null, at: entry.at },
    entry.action,
    { type: entry.subjectType, id: entry.subjectId },
    entry.details,
  );
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
