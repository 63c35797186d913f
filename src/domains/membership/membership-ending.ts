import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';

/**
 * What other domains do when an organisation stops being a member of the alliance (ADR 0048). A
 * domain registers a hook once (from compose.ts); the membership domain runs every hook inside the
 * transaction that ends the membership, so the organisation leaves and its open business closes
 * together or not at all. A hook returns counts for the audit entry and, optionally, what to do once
 * the transaction has committed (announce changes to in-memory copies on every node).
 */
export type TMembershipEnd = {
  organizationId: string;
  organizationName: string;
  at: string;
  /** The secretariat ended it (not the organisation's own owners). */
  isBySecretariat: boolean;
};

export type TMembershipEndHook = {
  /** Names the hook and its counts in the audit entry ("connections"). */
  name: string;
  onEnded(
    deps: TDeps,
    trx: TDb,
    end: TMembershipEnd,
  ): Promise<{ counts?: Record<string, number>; afterCommit?: () => void }>;
};

const hooks = new Map<string, TMembershipEndHook>();

/** Registers (or replaces) a hook; once per process, from compose.ts. */
export function registerMembershipEndHook(hook: TMembershipEndHook): void {
  hooks.set(hook.name, hook);
}

/** Runs every hook in the caller's transaction; their counts, by hook, and what to do after commit. */
export async function runMembershipEndHooks(
  deps: TDeps,
  trx: TDb,
  end: TMembershipEnd,
): Promise<{ counts: Record<string, Record<string, number>>; afterCommit: Array<() => void> }> {
  const counts: Record<string, Record<string, number>> = {};
  const afterCommit: Array<() => void> = [];
  for (const hook of hooks.values()) {
    const result = await hook.onEnded(deps, trx, end);
    if (result.counts) counts[hook.name] = result.counts;
    if (result.afterCommit) afterCommit.push(result.afterCommit);
  }
  return { counts, afterCommit };
}
