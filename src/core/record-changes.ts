import type { Transaction } from 'kysely';
import type { TDeps } from '../deps.ts';
import type { Database } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import type { TActor } from './actor.ts';
import { audit } from './audit.ts';
import type { TExecutor } from './records.ts';

/** A record people change one at a time: found by its slug, saved only at the version they saw. */
export type TChangeableRecord = { id: string; slug: string; version: number };

/** One change of one record, described by the domain that owns it; `changeRecord` runs it. */
export type TRecordChange<TRecord extends TChangeableRecord> = {
  slug: string;
  /** Reads the record by its slug (before the change, then inside the transaction after it). */
  find: (executor: TExecutor, slug: string) => Promise<TRecord | undefined>;
  /**
   * Throws when the change may not be made: the policy (404, 401, 403), the version the form was shown
   * at, a record not ready for this move. Runs before anything is written.
   */
  check: (current: TRecord) => void | Promise<void>;
  /** Writes the change only if the record is still at `current.version`; false when someone saved first. */
  save: (trx: Transaction<Database>, current: TRecord, at: string) => Promise<boolean>;
  /** What follows from the saved record in the same transaction: facets, counters, the search index, mail. */
  alongside?: (trx: Transaction<Database>, current: TRecord, saved: TRecord, at: string) => Promise<unknown>;
  /** The audit entry the change leaves: "<domain>.<verb>", the subject's type and what is worth keeping. */
  audit: {
    action: string;
    subjectType: string;
    details?: (current: TRecord, saved: TRecord) => Record<string, unknown>;
  };
  requestId?: string | null | undefined;
};

/**
 * The one shape of a change to an existing record (an edit, a publication, a review's move): read it,
 * check it, then in one transaction save it at the version read (409 when someone saved first), read
 * it back, update what follows from it and leave the audit entry. Answers the record before and after.
 */
export async function changeRecord<TRecord extends TChangeableRecord>(
  deps: Pick<TDeps, 'db' | 'clock'>,
  actor: TActor,
  change: TRecordChange<TRecord>,
): Promise<{ current: TRecord; saved: TRecord }> {
  const current = await change.find(deps.db, change.slug);
  if (!current) throw new AppError('not_found');
  await change.check(current);
  const at = deps.clock.now().toISOString();
  const saved = await deps.db.transaction().execute(async (trx) => {
    if (!(await change.save(trx, current, at))) throw new AppError('conflict');
    const after = await change.find(trx, current.slug);
    if (!after) throw new AppError('internal');
    await change.alongside?.(trx, current, after, at);
    await audit(
      trx,
      { actorId: actor.userId, requestId: change.requestId, at },
      change.audit.action,
      { type: change.audit.subjectType, id: current.id },
      change.audit.details?.(current, after) ?? {},
    );
    return after;
  });
  return { current, saved };
}
