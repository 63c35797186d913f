// `npm run bench:nodes`: two app nodes on one PostgreSQL, 50 connections of mixed reads and event
// registrations for 60 s, the database server restarted once in the middle. Reports the error rate
// inside and outside the restart window, and checks that every registration a node acknowledged is in
// the database. Options: --duration <s> (60), --connections <n> (50), --restart-at <s> (half-way).
//
// The database is a PostgreSQL cluster of its own (initdb in a temporary folder, run as the
// "postgres" system user, on a free port), so restarting it disturbs nobody else on the machine.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { loadShippedIndicatorsIfEmpty } from '../src/domains/observatory/indicator-import.service.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { createLogger } from '../src/platform/logger.ts';
import { freePort, startAppProcess, type TAppProcess } from '../test/support/app-process.ts';
import { publishedEvent } from '../test/support/events.ts';
import type { TestClient } from '../test/support/test-app.ts';
import { describeMachine, printMachine } from './support/machine.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'restart-at': { type: 'string' },
  },
});
const durationMs = Number(values.duration) * 1000;
const connections = Number(values.connections);
const restartAtMs = values['restart-at'] ? Number(values['restart-at']) * 1000 : durationMs / 2;

/** A private PostgreSQL cluster: initdb, start, restart, stop (as the postgres system user). */
function privateCluster(port: number) {
  const bin = join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().at(-1) ?? '15', 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'carehub-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asPostgres = (command: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' });
  const ctl = (action: string) =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
      '-m',
      'fast',
      '-w',
      action,
    ]);
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-instructions']);
  ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => ctl('restart'),
    stop: () => {
      try {
        ctl('stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

type TOutcome = { at: number; ms: number; kind: 'read' | 'register'; status: number };

const readPaths = ['/en/', '/fr/', '/en/events', '/en/practices', '/en/news', '/en/members', '/readyz'];

async function main(): Promise<void> {
  printMachine(describeMachine());
  const cluster = privateCluster(await freePort());
  const nodes: TAppProcess[] = [];
  try {
    const databaseUrl = cluster.url.replace(/\/postgres$/, '/carehub');
    execFileSync('psql', [cluster.url, '-q', '-c', 'CREATE DATABASE carehub']);
    const database = openDatabase({ databaseUrl, dataDir: tmpdir(), poolSize: 2 });
    const seed = await createDeps(
      readConfig({ DEMO: 'on', DATABASE_URL: databaseUrl }),
      createLogger('silent'),
      {
        database,
      },
    );
    await loadShippedIndicatorsIfEmpty(seed);
    await loadDemoIfEmpty(seed);
    const year = new Date().getUTCFullYear() + 1;
    const { event } = await publishedEvent(seed, {
      capacity: 100_000,
      start: `${year}-05-12T09:00`,
      end: `${year}-05-12T17:00`,
    });
    const eventPath = `/en/events/${event.slug}`;
    // Every registration comes "from" an address of its own (TRUST_PROXY=on and X-Forwarded-For), so
    // the per-address form limit (20 per 15 minutes) measures nothing here.
    const env = { DATABASE_URL: databaseUrl, TRUST_PROXY: 'on', LOG_LEVEL: 'error' };
    nodes.push(...(await Promise.all([startAppProcess('node-1', env), startAppProcess('node-2', env)])));

    // Each connection is a visitor bound to one node, with cookies and a CSRF token for the form.
    const clients: TestClient[] = [];
    for (let i = 0; i < connections; i += 1) {
      const client = (nodes[i % 2] as TAppProcess).client();
      await client.get(eventPath);
      clients.push(client);
    }

    const outcomes: TOutcome[] = [];
    const acknowledged = new Set<string>();
    let registrationsSent = 0;
    const started = Date.now();
    let restart: { from: number; to: number; readyAgain: number } | undefined;
    const restartDone = (async () => {
      await new Promise((resolve) => setTimeout(resolve, restartAtMs));
      const from = Date.now();
      cluster.restart();
      const to = Date.now();
      // The window ends when both nodes say they are ready again.
      for (;;) {
        const states = await Promise.all(
          nodes.map((n) =>
            fetch(`${n.url}/readyz`).then(
              (r) => r.status,
              () => 0,
            ),
          ),
        );
        if (states.every((s) => s === 200)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      restart = { from, to, readyAgain: Date.now() };
    })();

    await Promise.all(
      clients.map(async (client, worker) => {
        let i = worker;
        while (Date.now() - started < durationMs) {
          i += 1;
          const isRegistration = i % 5 === 0;
          const t0 = Date.now();
          let status = 0;
          if (isRegistration) {
            registrationsSent += 1;
            const email = `w${worker}.n${i}@example.org`;
            const address = `198.18.${worker}.${i % 250}`;
            const token = client.lastCsrfToken ?? '';
            const body = new URLSearchParams({ _csrf: token, name: `Visitor ${worker}-${i}`, email });
            const response = await client
              .request(`${eventPath}/register`, {
                method: 'POST',
                body: body.toString(),
                headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
              })
              .catch(() => undefined);
            status = response?.status ?? 0;
            await response?.arrayBuffer().catch(() => {});
            if (status === 303) acknowledged.add(email);
          } else {
            const path = i % 7 === 0 ? eventPath : (readPaths[i % readPaths.length] ?? '/en/');
            const response = await client
              .request(path, { headers: { 'accept-encoding': 'gzip' } })
              .catch(() => undefined);
            status = response?.status ?? 0;
            await response?.arrayBuffer().catch(() => {});
          }
          outcomes.push({ at: t0, ms: Date.now() - t0, kind: isRegistration ? 'register' : 'read', status });
        }
      }),
    );
    await restartDone;
    const window = restart ?? { from: 0, to: 0, readyAgain: 0 };
    const stillUp = nodes.map((n) => n.isRunning());

    const stored = new Set(
      (
        await seed.db
          .selectFrom('event_registrations')
          .select('email')
          .where('event_id', '=', event.id)
          .execute()
      ).map((r) => r.email),
    );
    const lost = [...acknowledged].filter((email) => !stored.has(email));
    await closeDeps(seed);

    const isOk = (o: TOutcome) => (o.kind === 'register' ? o.status === 303 : o.status === 200);
    const inWindow = (o: TOutcome) => o.at + o.ms >= window.from && o.at <= window.readyAgain;
    const outside = outcomes.filter((o) => !inWindow(o));
    const inside = outcomes.filter(inWindow);
    const failedOutside = outside.filter((o) => !isOk(o));
    const latencies = outside.map((o) => o.ms).sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    const elapsed = (Date.now() - started) / 1000;

    console.log(
      `\nTwo nodes on one PostgreSQL, ${connections} connections, ${values.duration} s, restart at ${restartAtMs / 1000} s`,
    );
    console.log(`| | |\n| --- | --- |`);
    console.log(`| requests | ${outcomes.length} (${(outcomes.length / elapsed).toFixed(0)} per second) |`);
    console.log(
      `| registrations sent / acknowledged / in the database | ${registrationsSent} / ${acknowledged.size} / ${stored.size} |`,
    );
    console.log(`| acknowledged registrations lost | ${lost.length} |`);
    console.log(
      `| restart command | ${((window.to - window.from) / 1000).toFixed(2)} s; both nodes ready again ${((window.readyAgain - window.from) / 1000).toFixed(2)} s after it began |`,
    );
    console.log(
      `| requests in the window / failed | ${inside.length} / ${inside.filter((o) => !isOk(o)).length} |`,
    );
    console.log(
      `| requests outside the window / failed | ${outside.length} / ${failedOutside.length} (${((100 * failedOutside.length) / Math.max(outside.length, 1)).toFixed(2)} %) |`,
    );
    console.log(
      `| latency outside the window p50 / p95 / p99 / max | ${pct(50)} / ${pct(95)} / ${pct(99)} / ${latencies.at(-1)} ms |`,
    );
    console.log(
      `| both nodes still running | ${stillUp.every(Boolean) ? 'yes' : `no (${stillUp.join(', ')})`} |`,
    );
    if (failedOutside.length > 0) {
      const byStatus = new Map<number, number>();
      for (const o of failedOutside) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
      console.log(`failures outside the window by status: ${JSON.stringify(Object.fromEntries(byStatus))}`);
    }
    process.exitCode = lost.length === 0 && failedOutside.length === 0 && stillUp.every(Boolean) ? 0 : 1;
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    cluster.stop();
  }
}

await main();
