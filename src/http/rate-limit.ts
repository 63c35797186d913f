import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  RateLimiterSQLite,
} from 'rate-limiter-flexible';
import type { TDatabaseHandle } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';

/**
 * Where attempts are counted. Every node of a hub must count in the same place, so the counters live
 * in the hub's database (table `rate_limits`, migration 0030) or, when REDIS_URL is set, in Redis;
 * a process on its own (a script, a unit test) may count in memory.
 * See docs/adr/0025-rate-limits-in-the-shared-store.md.
 */
export type TRateLimitStore =
  | { kind: 'database'; database: TDatabaseHandle }
  | { kind: 'redis'; client: Redis }
  | { kind: 'memory' };

/** The table the database store writes (created by migration 0030, never by the library). */
export const rateLimitTable = 'rate_limits';

/** Keys longer than this are hashed: an e-mail address and an IPv6 address together can be long. */
const maxKeyLength = 160;

/**
 * A fixed-window counter per key (rate-limiter-flexible): `limit` attempts per `windowMs`, the next
 * one refused with AppError('rate_limited') until the window ends.
 */
export class RateLimiter {
  #hits = 0;

  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly sweep: () => Promise<void> = async () => {},
  ) {}

  /** Counts one attempt; throws AppError('rate_limited') when the key is over its limit. */
  async hit(key: string): Promise<void> {
    this.#hits += 1;
    // Expired rows stay in the table until swept; a sweep every thousand attempts keeps it small.
    if (this.#hits % 1000 === 0) void this.sweep().catch(() => {});
    try {
      await this.limiter.consume(storedKey(key));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new AppError('rate_limited');
      throw error;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(storedKey(key));
  }
}

function storedKey(key: string): string {
  return key.length <= maxKeyLength ? key : `h:${createHash('sha256').update(key).digest('hex')}`;
}

/** One limiter: `limit` attempts per window, counted under `name` in the given store. */
export function createRateLimiter(
  store: TRateLimitStore,
  options: { name: string; limit: number; windowMs: number },
): RateLimiter {
  const common = {
    keyPrefix: options.name,
    points: options.limit,
    duration: Math.ceil(options.windowMs / 1000),
  };
  if (store.kind === 'memory') return new RateLimiter(new RateLimiterMemory(common));
  if (store.kind === 'redis') {
    // While Redis cannot be reached, each node counts in its own memory rather than refusing everyone.
    const limiter = new RateLimiterRedis({
      ...common,
      storeClient: store.client,
      insuranceLimiter: new RateLimiterMemory(common),
    });
    return new RateLimiter(limiter);
  }
  const native = store.database.native;
  if (native.dialect === 'postgres') {
    const limiter = new RateLimiterPostgres({
      ...common,
      storeClient: native.pool,
      storeType: 'pool',
      tableName: rateLimitTable,
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
    return new RateLimiter(limiter, () => sweepExpired(store.database));
  }
  const limiter = new RateLimiterSQLite({
    ...common,
    storeClient: native.sqlite,
    storeType: 'better-sqlite3',
    tableName: rateLimitTable,
    tableCreated: true,
    clearExpiredByTimeout: false,
  });
  return new RateLimiter(limiter, () => sweepExpired(store.database));
}

/** Drops counters whose window ended more than an hour ago. */
async function sweepExpired(database: TDatabaseHandle): Promise<void> {
  await database.db
    .deleteFrom('rate_limits')
    .where('expire', '<', Date.now() - 3_600_000)
    .execute();
}

export type TRateLimits = {
  signIn: RateLimiter;
  /** Sign-in attempts on one account from any address (an account cannot be guessed from many). */
  signInAccount: RateLimiter;
  passwordReset: RateLimiter;
  publicForm: RateLimiter;
};

/** The hub's limits (ADR 0006, counted in a shared store by ADR 0025; per account by ADR 0030). */
export function createRateLimits(store: TRateLimitStore): TRateLimits {
  return {
    signIn: createRateLimiter(store, { name: 'sign-in', limit: 10, windowMs: 15 * 60_000 }),
    signInAccount: createRateLimiter(store, { name: 'sign-in-account', limit: 30, windowMs: 60 * 60_000 }),
    passwordReset: createRateLimiter(store, { name: 'password-reset', limit: 5, windowMs: 15 * 60_000 }),
    publicForm: createRateLimiter(store, { name: 'public-form', limit: 20, windowMs: 15 * 60_000 }),
  };
}
