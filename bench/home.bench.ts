import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer, type TChildServer } from './support/child-server.ts';
import { measure, printResults, type TLoadResult } from './support/load.ts';
import { recordResponse } from './support/recorded-response.ts';
import type { TBenchScenario } from './support/scenario.ts';

/** Ours must serve at least this share of what a bare node:http server does with the same bytes. */
const targetRatio = 0.5;
const path = '/en/';

export const scenario: TBenchScenario = {
  name: 'home',
  description: `GET ${path} (the demo home page) from the real app, against a bare node:http server sending the same bytes`,
  async run(settings) {
    const workDir = mkdtempSync(join(tmpdir(), 'carehub-bench-home-'));
    const servers: TChildServer[] = [];
    try {
      const app = await startChildServer('./app.server.ts', [], settings.appNodeOptions);
      servers.push(app);
      const recorded = await recordResponse(`${app.url}${path}`);
      if (recorded.status !== 200) throw new Error(`${path} answered ${recorded.status}`);
      const recordedFile = join(workDir, 'response.json');
      writeFileSync(recordedFile, JSON.stringify(recorded));
      const bodyBytes = Buffer.from(recorded.bodyBase64, 'base64').byteLength;
      console.log(
        `  response: ${recorded.status}, ${bodyBytes} bytes of HTML, ${recorded.headers.length} headers`,
      );

      // One server at a time, so the two never compete for the cores.
      const ours = await measure('carehub', app, path, settings);
      await app.stop();
      const bare = await startChildServer('./bare.server.ts', [recordedFile]);
      servers.push(bare);
      const ceiling = await measure('bare node:http', bare, path, settings);
      await bare.stop();

      printResults([ours, ceiling]);
      return { isOnTarget: report(ours, ceiling) };
    } finally {
      for (const server of servers) await server.stop();
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};

function report(ours: TLoadResult, bare: TLoadResult): boolean {
  const ratio = ours.requestsPerSecond / bare.requestsPerSecond;
  const isOnTarget = ratio >= targetRatio && ours.errors === 0 && ours.non2xx === 0;
  console.log(
    `  ours / bare: ${(ratio * 100).toFixed(1)} % of the requests per second (target ≥ ${targetRatio * 100} %)` +
      `${isOnTarget ? '' : '  ← BELOW TARGET'}`,
  );
  if (ours.errors > 0 || ours.non2xx > 0)
    console.log(`  ours had ${ours.errors} errors, ${ours.non2xx} non-2xx`);
  return isOnTarget;
}
