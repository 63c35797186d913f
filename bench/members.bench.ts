import { startChildServer } from './support/child-server.ts';
import type { TBenchScenario } from './support/scenario.ts';

/**
 * The member directory and its map with 5,000 organisations on SQLite: server-side latency of one
 * request at a time (no queueing behind other requests), over a mix of the directory's real URLs.
 * Targets from issue 3: directory p95 < 50 ms, map page p95 < 100 ms.
 */
const organizations = 5000;
const targets = { directory: 50, map: 100 };

const directoryPaths = [
  '/en/members',
  '/es/members?page=7',
  '/ar/members?type=academia',
  '/fr/members?region=latin_america_caribbean',
  '/en/members?country=MX',
  '/pl/members?q=care',
  '/en/members?champion=1&scope=national',
  '/ru/members?region=europe&type=civil_society_network&page=2',
  '/en/members?q=zzz-nothing',
];
const mapPaths = ['/en/members/map', '/ar/members/map', '/es/members/map'];

async function timeRequests(baseUrl: string, paths: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const path of paths) {
      const started = performance.now();
      const res = await fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': 'br' } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function report(label: string, times: number[], target: number): boolean {
  const p95 = percentile(times, 95);
  const isOnTarget = p95 < target;
  console.log(
    `  ${label.padEnd(10)} ${String(times.length).padStart(5)} requests  p50 ${percentile(times, 50).toFixed(1)} ms` +
      `  p95 ${p95.toFixed(1)} ms  max ${(times.at(-1) ?? 0).toFixed(1)} ms  (target p95 < ${target} ms)` +
      `${isOnTarget ? '' : '  ← ABOVE TARGET'}`,
  );
  return isOnTarget;
}

export const scenario: TBenchScenario = {
  name: 'members',
  description: `the member directory (filters, facets, pages) and the world map with ${organizations} organisations on SQLite, one request at a time`,
  async run(settings) {
    const started = performance.now();
    const app = await startChildServer(
      './members.server.ts',
      [String(organizations)],
      settings.appNodeOptions,
    );
    try {
      console.log(
        `  ${organizations} organisations generated and served in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      const rounds = Math.max(5, settings.durationSeconds * 4);
      await timeRequests(app.url, [...directoryPaths, ...mapPaths], 2); // warm-up
      const directory = report(
        'directory',
        await timeRequests(app.url, directoryPaths, rounds),
        targets.directory,
      );
      const map = report('map', await timeRequests(app.url, mapPaths, rounds), targets.map);
      return { isOnTarget: directory && map };
    } finally {
      await app.stop();
    }
  },
};
