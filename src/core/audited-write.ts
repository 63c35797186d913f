import type { Transaction } from 'kysely';
import type { TClock } from '../platform/clock.ts';
import type { TDb } from '../platform/db/database.ts';
import type { Database } from '../platform/db/schema.ts';
import { audit, type TAuditSubject } from './audit.ts';

/** Who writes: the person's id (null for the system or an anonymous visitor) and the request. */
export type TWriter = { userId: string | null };

/** The request a write belongs to, and (rarely) the time it must carry when the verb read it already. */
export type TWriteStepOptions = { requestId?: string | null; at?: string };

/** What the body of a write receives: the transaction, the write's time, and its audit in that transaction. */
export type TWriteStep = {
  trx: Transaction<Database>;
  /** ISO-8601 UTC, read once from the clock: the time the rows and the audit entries record. */
  at: string;
  /** One audit entry by the writer, in this transaction: it exists exactly when the change does. */
  audit: (action: string, subject: TAuditSubject, details?: Record<string, unknown>) => Promise<void>;
};

/**
 * The write of a service verb (authorise → validate → **transaction → audit** → result): opens one
 * transaction, gives the body its time and an `audit` bound to the writer and the request, and returns
 * what the body returns. A body that returns early (a double submit) writes no entry; one that throws
 * writes nothing at all. Authorise and validate before calling it.
 */
export async function auditedWrite<TResult>(
  deps: { db: TDb; clock: TClock },
  writer: TWriter,
  options: TWriteStepOptions,
  body: (step: TWriteStep) => Promise<TResult>,
): Promise<TResult> {
  const at = options.at ?? deps.clock.now().toISOString();
  const by = { actorId: writer.userId, requestId: options.requestId ?? null, at };
  return deps.db.transaction().execute((trx) =>
    body({
      trx,
      at,
      audit: (action, subject, details) => audit(trx, by, action, subject, details),
    }),
  );
}
