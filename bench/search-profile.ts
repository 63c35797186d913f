import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { createLogger } from '../src/platform/logger.ts';
import { benchQueries } from './search.bench.ts';

/**
 * CPU per query and the answers themselves, on a database the search bench kept (SEARCH_BENCH_KEEP=1):
 * for changing the search code without changing a result. `npx tsx bench/search-profile.ts` runs the
 * bench's 200 queries PASSES times (3) and prints p50 / p95 wall time and CPU per query of each pass
 * (the first pass reads every word from the engine; CPU time is the figure that the machine's other
 * work does not inflate much), and p50 / p95 of each query's own CPU time (`process.cpuUsage()` around
 * it: on a busy machine the figure to compare). TOP=n lists the n dearest queries of each pass by CPU.
 * MODE=facets adds the two filters, MODE=page asks for the whole page.
 * DUMP_FILE=… writes every query's total, ids, scores and facet counts, with and without filters: two
 * dumps of the same database before and after a change must be byte for byte equal (`cmp`).
 * SEARCH_BENCH_PRACTICES (100000) picks the kept database; DATABASE_URL a kept PostgreSQL one
 * (postgres://…/carehub_search_bench_kept_100000). Add `node --cpu-prof` for a V8 profile.
 */
const count = Number(process.env.SEARCH_BENCH_PRACTICES ?? 100_000);
const dataDir = join(tmpdir(), `carehub-search-bench-kept-${count}`);
const url = process.env.DATABASE_URL;
const mode = process.env.MODE ?? 'plain';
const passes = Number(process.env.PASSES ?? 3);

const handle = openDatabase({ databaseUrl: url, dataDir, ...(url ? { poolSize: 4 } : {}) });
const config = readConfig({
  DATA_DIR: dataDir,
  DEMO: 'off',
  LOG_LEVEL: 'silent',
  ...(url ? { DATABASE_URL: url } : {}),
});
const deps = await createDeps(config, createLogger('silent'), { database: handle });
const app = createApp(deps);
const queries = benchQueries();

async function run(q: (typeof queries)[number]): Promise<void> {
  if (mode === 'page') {
    const res = await app.request(`/${q.locale}/search?${new URLSearchParams({ q: q.q })}`);
    await res.text();
    return;
  }
  const filters = mode === 'facets' ? q.filters : {};
  await deps.search.search({ query: q.q, locale: q.locale, limit: 20, filters });
}

const top = Number(process.env.TOP ?? 0);
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const percentile = (sorted: readonly number[], p: number) =>
  (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(1);

for (let pass = 0; pass < passes; pass += 1) {
  const times: number[] = [];
  const cpus: Array<{ cpu: number; q: (typeof queries)[number] }> = [];
  const before = process.cpuUsage();
  for (const q of queries) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await run(q);
    cpus.push({ cpu: cpuMs(process.cpuUsage(cpuBefore)), q });
    times.push(performance.now() - started);
  }
  const perQuery = cpuMs(process.cpuUsage(before)) / queries.length;
  times.sort((a, b) => a - b);
  const cpuSorted = cpus.map((c) => c.cpu).sort((a, b) => a - b);
  console.log(
    `pass ${pass} ${mode}: p50 ${percentile(times, 0.5)} p95 ${percentile(times, 0.95)} ms, CPU ${perQuery.toFixed(1)} ms a query (p50 ${percentile(cpuSorted, 0.5)} p95 ${percentile(cpuSorted, 0.95)})`,
  );
  for (const { cpu, q } of [...cpus].sort((a, b) => b.cpu - a.cpu).slice(0, top))
    console.log(`  ${cpu.toFixed(1)} ms CPU  ${q.locale}  ${q.q}`);
}

if (process.env.DUMP_FILE) {
  const lines: string[] = [];
  for (const q of queries) {
    const plain = await deps.search.search({ query: q.q, locale: q.locale, limit: 20, filters: {} });
    const faceted = await deps.search.search({ query: q.q, locale: q.locale, limit: 20, filters: q.filters });
    const answer = (r: typeof plain) => [r.total, r.items.map((i) => [i.id, i.score]), r.facets];
    lines.push(JSON.stringify([q.q, answer(plain), answer(faceted)]));
  }
  writeFileSync(process.env.DUMP_FILE, `${lines.join('\n')}\n`);
}
await closeDeps(deps);
