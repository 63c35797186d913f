// Child process for bench/commitments.bench.ts: the real application on a database the bench has
// already filled (bench/commitments-generator.ts), served on a loopback port.
// Arguments: <data folder> <PostgreSQL URL, or "" for the SQLite file in the data folder>
//            [dashboard cache seconds: "0" serves every dashboard uncached; default the app's 30].
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.ts';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { reportChildError, serveChildProtocol } from './support/child-server.ts';

try {
  const [dataDir = '', databaseUrl = '', cacheSeconds = ''] = process.argv.slice(2);
  const config = readConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl || undefined,
    DEMO: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    ...(cacheSeconds ? { COMMITMENT_DASHBOARD_CACHE_SECONDS: cacheSeconds } : {}),
  });
  const deps = await createDeps(config, createLogger(config.logLevel));
  const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    serveChildProtocol(info.port, async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeDeps(deps);
    });
  });
} catch (error) {
  reportChildError(error);
}
