// Child process: the real application (createApp) on a fresh SQLite database with the demo content,
// served by @hono/node-server on a loopback port. Started by startChildServer().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/app.ts';
import { closeDeps, createDeps } from '../../src/compose.ts';
import { readConfig } from '../../src/config.ts';
import { loadDemoIfEmpty } from '../../src/demo/load-demo.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { reportChildError, serveChildProtocol } from './child-server.ts';

try {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehub-bench-'));
  const config = readConfig({
    DATA_DIR: dataDir,
    DEMO: 'on',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const logger = createLogger(config.logLevel);
  const deps = await createDeps(config, logger);
  await loadDemoIfEmpty(deps);
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
