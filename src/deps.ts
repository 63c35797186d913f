import { Redis } from 'ioredis';
import type { TConfig } from './config.ts';
import { createHubSearch } from './domains/search/hub-search.ts';
import { createRateLimits, type TRateLimits } from './http/rate-limit.ts';
import { systemClock, type TClock } from './platform/clock.ts';
import { loadOrCreateSecret } from './platform/db/app-meta.ts';
import { openDatabase, type TDatabaseHandle, type TDb } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { startPgChangeRelay } from './platform/db/pg-change-relay.ts';
import { JobQueue } from './platform/jobs.ts';
import type { TLogger } from './platform/logger.ts';
import { Mailer } from './platform/mail.ts';
import type { TSearchIndex } from './platform/search/search-index.ts';
import { openFileStore, type TFileStore } from './platform/storage.ts';

/** What the application is built from: made once in main.ts (or a test) and passed down. */
export type TDeps = {
  config: TConfig;
  database: TDatabaseHandle;
  db: TDb;
  logger: TLogger;
  mailer: Mailer;
  /** Durable background work (reminders…); main.ts starts its worker. */
  jobs: JobQueue;
  clock: TClock;
  /** The one search box's index (practices now; other records as they arrive). */
  search: TSearchIndex;
  secret: string;
  /** Uploaded files: on disk (SQLite), in the database (PostgreSQL) or in S3 (S3_URL). */
  files: TFileStore;
  /** Counted in the database, or in Redis when REDIS_URL is set: shared by every node. */
  rateLimits: TRateLimits;
  /** Connections to close on shutdown besides the database's (Redis). */
  closers: Array<() => Promise<void>>;
};

export async function createDeps(
  config: TConfig,
  logger: TLogger,
  options: { clock?: TClock; database?: TDatabaseHandle } = {},
): Promise<TDeps> {
  const database =
    options.database ??
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost'),
    });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  const clock = options.clock ?? systemClock;
  const secret = await loadOrCreateSecret(database.db);
  const mailer = new Mailer(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom, clock, logger });
  const jobs = new JobQueue(database.db, { clock, logger });
  const search = createHubSearch(database, config.search);
  const rebuilt = await search.rebuildIfRequired((done) => {
    if (done % 10_000 === 0) logger.info({ documents: done }, 'rebuilding the search index');
  });
  if (rebuilt > 0) logger.info({ documents: rebuilt }, 'search index rebuilt');
  const closers: Array<() => Promise<void>> = [];
  if (database.native.dialect === 'postgres') {
    // Other nodes on this database hear of changes that make in-memory copies stale (page cache…).
    const relay = startPgChangeRelay({ url: database.native.url, pool: database.native.pool, logger });
    await relay.ready;
    closers.push(relay.close);
  }
  let redis: Redis | undefined;
  if (config.redisUrl) {
    // No offline queue: while Redis is away a limit is counted in memory at once instead of waiting.
    const client = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', (error) => logger.warn({ err: error }, 'redis connection failed'));
    closers.push(async () => {
      client.disconnect();
    });
    redis = client;
  }
  return {
    config,
    database,
    db: database.db,
    logger,
    mailer,
    jobs,
    clock,
    search,
    secret,
    files: openFileStore({ s3Url: config.s3Url, dataDir: config.dataDir, database }),
    rateLimits: createRateLimits(redis ? { kind: 'redis', client: redis } : { kind: 'database', database }),
    closers,
  };
}

export async function closeDeps(deps: TDeps): Promise<void> {
  await deps.jobs.stop();
  await deps.mailer.stop();
  for (const close of deps.closers) await close();
  await deps.database.close();
}
