import { insertRows } from '../platform/db/bulk-insert.ts';
import { newId } from '../platform/ids.ts';
import type { TExecutor } from './records.ts';

/** Who did it and when: the actor's id (null for the system or an anonymous visitor), the request, the time. */
export type TAuditBy = { actorId: string | null; requestId?: string | null; at: string };

/** What it was done to: a subject type ("organization", "news_article"…) and its id. */
export type TAuditSubject = { type: string; id: string | null };

/**
 * Writes one audit entry; call it with the transaction that makes the change, so the entry exists
 * exactly when the change does. `action` reads "<domain>.<verb>" ("news.published"); `details` keeps
 * facts worth keeping, never passwords, tokens or letter contents.
 */
export async function audit(
  executor: TExecutor,
  by: TAuditBy,
  action: string,
  subject: TAuditSubject,
  details: Record<string, unknown> = {},
): Promise<void> {
  await auditMany(executor, by, action, [{ subject, details }]);
}

/** Many audit entries by the same actor in one statement (a bulk import's chunk), one per subject. */
export async function auditMany(
  executor: TExecutor,
  by: TAuditBy,
  action: string,
  entries: ReadonlyArray<{ subject: TAuditSubject; details?: Record<string, unknown> }>,
): Promise<void> {
  const rows = entries.map(({ subject, details }) => ({
    id: newId(Date.parse(by.at)),
    at: by.at,
    actor_id: by.actorId,
    action,
    subject_type: subject.type,
    subject_id: subject.id,
    details: JSON.stringify(details ?? {}),
    request_id: by.requestId ?? null,
  }));
  await insertRows(executor, 'audit_log', rows);
}
