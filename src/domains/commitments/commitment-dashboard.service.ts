import type { TDeps } from '../../deps.ts';
import { announceChange, onChange } from '../../platform/change-feed.ts';
import { AppError } from '../../platform/errors.ts';
import { readDashboardFigures } from './commitment-dashboard.repository.ts';
import { findCycleBySlug, listCycles } from './commitment-reporting.repository.ts';
import { stalenessCutoffs } from './commitment-staleness.ts';
import type { TCycle, TDashboardFigures } from './commitments.record.ts';

/**
 * The public dashboard and the accountability report read the same figures
 * (commitment-dashboard.repository.ts): counts the writers keep up to date in the same transaction
 * as their change (facets, dimensions, reports per year and per round), plus one pass over an index
 * for the staleness lights, which change with the date. That is cheap enough uncached (the target of
 * p95 < 150 ms holds with COMMITMENT_DASHBOARD_CACHE_SECONDS=0, docs/benchmarks.md); the cache only
 * spares the database under bursts of visitors. The figures are kept for a short while
 * (COMMITMENT_DASHBOARD_CACHE_SECONDS, 30 by default) and per day (the lights change with the date):
 * - every write that changes them calls forgetDashboardFigures(), so a maker sees their report
 *   counted at once, on this node and (through the change feed, PostgreSQL NOTIFY) on the others;
 * - when many requests arrive together for figures nobody has, one counts and the others wait for it.
 */
export type TDashboard = { cycles: TCycle[]; cycle: TCycle | null; figures: TDashboardFigures };

type TEntry = { at: number; generation: number; figures: Promise<TDashboardFigures> };

/** One cache per database (tests run several applications in one process). */
const caches = new WeakMap<object, Map<string, TEntry>>();
let generation = 0;

onChange((change) => {
  if (change.topic === 'commitment-figures') generation += 1;
});

/** Call after a write that changes published figures: every node of the hub counts again. */
export function forgetDashboardFigures(): void {
  announceChange({ topic: 'commitment-figures' });
}

async function figuresFor(deps: TDeps, cycleId: string | null): Promise<TDashboardFigures> {
  const now = deps.clock.now();
  const cutoffs = stalenessCutoffs(now, deps.config.commitmentStaleness);
  const ttlMs = deps.config.commitmentDashboardCacheSeconds * 1000;
  if (ttlMs === 0) return readDashboardFigures(deps.db, cycleId, cutoffs);
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = new Map();
    caches.set(deps.db, cache);
  }
  const key = `${cycleId ?? 'all'}:${cutoffs.today}`;
  const entry = cache.get(key);
  if (entry && entry.generation === generation && Date.now() - entry.at < ttlMs) return entry.figures;
  const figures = readDashboardFigures(deps.db, cycleId, cutoffs);
  const fresh = { at: Date.now(), generation, figures };
  cache.set(key, fresh);
  figures.catch(() => {
    if (cache?.get(key) === fresh) cache.delete(key);
  });
  return figures;
}

export async function readDashboard(deps: TDeps, cycleSlug: string | null): Promise<TDashboard> {
  const cycles = await listCycles(deps.db);
  const cycle = cycleSlug ? await findCycleBySlug(deps.db, cycleSlug) : undefined;
  if (cycleSlug && !cycle) throw new AppError('not_found');
  return { cycles, cycle: cycle ?? null, figures: await figuresFor(deps, cycle?.id ?? null) };
}
