import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { closeDeps, createDeps, startInboundMail } from './compose.ts';
import { readConfig } from './config.ts';
import { loadDemoIfEmpty } from './demo/load-demo.ts';
import { scheduleDigests } from './domains/communities/notifications.service.ts';
import { scheduleConnectionExpiry } from './domains/connections/index.ts';
import { loadShippedIndicatorsIfEmpty } from './domains/observatory/indicator-import.service.ts';
import { reindexSearchIfRequired } from './domains/search/reindex.service.ts';
import { scheduleFileSweep } from './platform/file-sweep.ts';
import { createLogger } from './platform/logger.ts';

const config = readConfig(process.env, process.argv.slice(2));
const logger = createLogger(config.logLevel);
const deps = await createDeps(config, logger);
// The care indicators that ship with the hub, on first start.
await loadShippedIndicatorsIfEmpty(deps);
if (config.isDemo) await loadDemoIfEmpty(deps);
deps.mailer.start();

const app = createApp(deps);
// The orphan file sweep runs every few hours; each run schedules the next (one job per slot).
await scheduleFileSweep(deps);
// Community digests are looked at every hour (each run books the next one; ADR 0055).
await scheduleDigests(deps);
await scheduleConnectionExpiry(deps);
deps.jobs.start();
// Replies by e-mail to community notifications, when SMTP_INBOUND_PORT is set.
const stopInboundMail = await startInboundMail(deps);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    {
      url: `http://localhost:${info.port}/`,
      database: deps.database.dialect,
      location: deps.database.location,
    },
    'Carehub is listening',
  );
  // After a migration that asks for it (0012), in the background: the server answers meanwhile.
  void reindexSearchIfRequired(deps);
});

let isStopping = false;
async function shutdown(signal: string): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  logger.info({ signal }, 'shutting down: finishing open requests');
  const forced = setTimeout(() => {
    logger.warn('requests did not finish in time; closing anyway');
    process.exit(1);
  }, 10_000);
  forced.unref();
  server.close(async () => {
    await stopInboundMail().catch((error: unknown) =>
      logger.warn({ err: error }, 'inbound mail did not stop'),
    );
    await closeDeps(deps);
    logger.info('stopped');
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
