import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { loadShippedIndicatorsIfEmpty } from '../src/domains/observatory/indicator-import.service.ts';
import { createLogger } from '../src/platform/logger.ts';
import type { TBenchScenario } from './support/scenario.ts';

/**
 * The world-map page of issue 15: /en/data/{id} for two indicators (hours of unpaid care work, with
 * values for about ninety countries, and ratification of ILO convention 183, a yes/no for every
 * country), rendered by the real app in this process on a SQLite file holding the shipped files.
 * One request per page fills the observatory's cache (its time is shown as "first"), then
 * OBSERVATORY_BENCH_REQUESTS (50) requests one after another. Targets: ≤ 150 KB of HTML and SVG,
 * p95 ≤ 100 ms of server time.
 */
const requests = Number(process.env.OBSERVATORY_BENCH_REQUESTS ?? 50);
const paths = ['/en/data/unpaid-care-and-domestic-work', '/en/data/ilo-c183-ratified'];
const targetBytes = 150 * 1024;
const targetMs = 100;

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

export const scenario: TBenchScenario = {
  name: 'observatory',
  description: `GET ${paths.join(', ')} (world map, legend, table): HTML size and server render time over ${requests} requests`,
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'carehub-bench-observatory-'));
    const config = readConfig({
      DATA_DIR: dataDir,
      DEMO: 'off',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const deps = await createDeps(config, createLogger(config.logLevel));
    let isOnTarget = true;
    try {
      const loadStarted = performance.now();
      const files = await loadShippedIndicatorsIfEmpty(deps);
      console.log(
        `  loaded ${files} shipped files in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
      );
      const app = createApp(deps);
      console.log(
        '  page                                       HTML KB   first ms  median ms  p95 ms  max ms',
      );
      for (const path of paths) {
        const timed = async () => {
          const started = performance.now();
          const response = await app.request(path);
          const body = await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
          return { ms: performance.now() - started, bytes: body.byteLength };
        };
        const first = await timed();
        const times: number[] = [];
        for (let i = 0; i < requests; i++) times.push((await timed()).ms);
        times.sort((a, b) => a - b);
        const median = quantile(times, 0.5);
        const p95 = quantile(times, 0.95);
        const isPageOnTarget = first.bytes <= targetBytes && p95 <= targetMs;
        isOnTarget &&= isPageOnTarget;
        console.log(
          `  ${path.padEnd(42)} ${(first.bytes / 1024).toFixed(1).padStart(7)} ${first.ms.toFixed(1).padStart(10)} ${median
            .toFixed(1)
            .padStart(10)} ${p95.toFixed(1).padStart(7)} ${(times.at(-1) as number).toFixed(1).padStart(7)}${
            isPageOnTarget ? '' : '  ← BELOW TARGET'
          }`,
        );
      }
      console.log(`  targets: ≤ ${targetBytes / 1024} KB of HTML, p95 ≤ ${targetMs} ms`);
    } finally {
      await closeDeps(deps);
      rmSync(dataDir, { recursive: true, force: true });
    }
    return { isOnTarget };
  },
};
