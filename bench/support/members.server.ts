// Child process: the real application on a fresh SQLite database holding N generated member
// organisations (argv[2], default 5000). Started by bench/members.bench.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.ts';
import { closeDeps, createDeps } from '../../src/compose.ts';
import { readConfig } from '../../src/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { generateMembers } from '../members-generator.ts';
import { reportChildError, serveChildProtocol } from './child-server.ts';

try {
  const count = Number(process.argv[2] ?? '5000');
  const dataDir = mkdtempSync(join(tmpdir(), 'carehub-bench-members-'));
  const config = readConfig({
    DATA_DIR: dataDir,
    DEMO: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const deps = await createDeps(config, createLogger(config.logLevel));
  await generateMembers(deps, count);
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    serveChildProtocol(info.port, async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeDeps(deps);
      rmSync(dataDir, { recursive: true, force: true });
    });
  });
} catch (error) {
  reportChildError(error);
}
