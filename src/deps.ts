import type { TConfig } from './config.ts';
import type { TRateLimits } from './http/rate-limit.ts';
import type { TClock } from './platform/clock.ts';
import type { TDatabaseHandle, TDb } from './platform/db/database.ts';
import type { JobQueue } from './platform/jobs.ts';
import type { TLogger } from './platform/logger.ts';
import type { Mailer } from './platform/mail.ts';
import type { TSearchIndex } from './platform/search/search-index.ts';
import type { TFileStore } from './platform/storage.ts';

/** What the application is built from: built once by compose.ts (for main.ts, a script or a test) and passed down. */
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
