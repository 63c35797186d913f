import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createApp } from '../src/app.ts';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { runDigests, type TDigestWrite } from '../src/domains/communities/notifications.service.ts';
import { createLogger } from '../src/platform/logger.ts';
import { seedCommunities } from './communities-seed.ts';
import type { TBenchScenario } from './support/scenario.ts';

/**
 * Issue 13's bench, in this process, on SQLite (a temporary file) and, when
 * COMMUNITIES_BENCH_DATABASE_URL names an empty database, on PostgreSQL: 1,000 public communities,
 * 10,000 members (two communities each, each watching one in a weekly digest), 20,000 threads and
 * 200,000 posts over four weeks. (1) A thread page of 50 posts, `GET /en/communities/{slug}/threads/{id}`
 * through the whole application (middleware, service, rendering), as an anonymous reader, for
 * COMMUNITIES_BENCH_REQUESTS (200) threads one after another: p95 ≤ 50 ms on SQLite, ≤ 80 ms on
 * PostgreSQL. (2) The weekly digest for the 10,000 members (`runDigests`, what the hourly job runs):
 * under 60 s, no write transaction longer than 100 ms.
 */
const seed = { communities: 1_000, people: 10_000, threads: 20_000, posts: 200_000, longThreads: 500 };
const requests = Number(process.env.COMMUNITIES_BENCH_REQUESTS ?? 200);
const digestTargetMs = 60_000;
const transactionTargetMs = 100;

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

async function runOn(label: string, env: Record<string, string>, pageTargetMs: number): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehub-bench-communities-'));
  const config = readConfig({
    DATA_DIR: dataDir,
    DEMO: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  });
  const deps = await createDeps(config, createLogger(config.logLevel));
  try {
    // A Wednesday noon: the last whole week (Monday to Monday) is the one the digest covers.
    const now = new Date('2026-03-18T12:00:00Z');
    const started = performance.now();
    const seeded = await seedCommunities(deps.db, seed, now);
    console.log(
      `  ${label}: ${seed.communities} communities, ${seed.people} members, ${seed.threads} threads, ${seeded.postCount} posts loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // A bulk load, then what autovacuum does soon after one on a live database: the planner's statistics
    // (without them PostgreSQL joins a digest batch from every community, 1.2 s a batch instead of 0.1 s).
    if (env.DATABASE_URL) await sql`analyze`.execute(deps.db);
    const app = createApp(deps);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests + 10; i++) {
      const path = seeded.longThreadPaths[(i * 37) % seeded.longThreadPaths.length] as string;
      const begun = performance.now();
      const response = await app.request(path);
      const html = await response.text();
      const ms = performance.now() - begun;
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      if (i >= 10) {
        times.push(ms);
        bytes += html.length;
      }
    }
    times.sort((a, b) => a - b);
    const p95 = quantile(times, 0.95);
    const isPageOnTarget = p95 <= pageTargetMs;
    console.log(
      `  ${label}: thread page of 50 posts (${requests} threads, ~${Math.round(bytes / requests / 1024)} KiB of HTML) — median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(times.at(-1) as number).toFixed(1)} ms (target ≤ ${pageTargetMs})${isPageOnTarget ? '' : '  ← BELOW TARGET'}; load ${loadavg()[0]?.toFixed(1)}`,
    );
    const digestStarted = performance.now();
    const writes: TDigestWrite[] = [];
    const run = await runDigests(deps, 'weekly', { now, onWrite: (write) => writes.push(write) });
    const digestMs = performance.now() - digestStarted;
    const longest = writes.reduce((a, b) => (b.totalMs > a.totalMs ? b : a), writes[0] as TDigestWrite);
    const writeTimes = writes.map((w) => w.totalMs).sort((a, b) => a - b);
    // The target: no write lock held for more than 100 ms at a time. A lock is taken by a write's
    // first statement (neither SQLite's deferred BEGIN nor PostgreSQL's BEGIN takes one) and let go at the
    // end of its commit; the whole transaction (waiting for a connection, BEGIN) is printed beside it.
    const isDigestOnTarget = digestMs <= digestTargetMs && run.longestLockMs <= transactionTargetMs;
    console.log(
      `  ${label}: weekly digest — ${run.people} people, ${run.mailed} mails in ${(digestMs / 1000).toFixed(1)} s (target < 60 s), longest write lock ${run.longestLockMs.toFixed(1)} ms (first statement to end of commit; target ≤ 100), longest transaction with its wait for a connection and BEGIN ${run.longestTransactionMs.toFixed(1)} ms${isDigestOnTarget ? '' : '  ← BELOW TARGET'}; load ${loadavg()[0]?.toFixed(1)}`,
    );
    if (longest)
      console.log(
        `  ${label}: ${writes.length} write transactions, median ${quantile(writeTimes, 0.5).toFixed(1)} ms, p99 ${quantile(writeTimes, 0.99).toFixed(1)} ms; the longest: begin ${longest.beginMs.toFixed(1)}, statements ${longest.statementMs.map((ms) => ms.toFixed(1)).join(' + ')}, commit ${longest.commitMs.toFixed(1)} ms (${longest.mails} mails, ${longest.chars} characters)`,
      );
    return isPageOnTarget && isDigestOnTarget;
  } finally {
    await closeDeps(deps);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const scenario: TBenchScenario = {
  name: 'communities',
  description: `a thread page of 50 posts and a weekly digest for ${seed.people} members with ${seed.communities} communities, ${seed.threads} threads, ${seed.posts} posts`,
  async run() {
    // COMMUNITIES_BENCH_SQLITE=off measures PostgreSQL alone.
    let isOnTarget = process.env.COMMUNITIES_BENCH_SQLITE === 'off' ? true : await runOn('SQLite', {}, 50);
    const pg = process.env.COMMUNITIES_BENCH_DATABASE_URL;
    if (pg) isOnTarget = (await runOn('PostgreSQL', { DATABASE_URL: pg }, 80)) && isOnTarget;
    else console.log('  PostgreSQL: skipped (set COMMUNITIES_BENCH_DATABASE_URL to an empty database)');
    return { isOnTarget };
  },
};
