import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { freePort } from '../../test/support/app-process.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../test/support/test-database.ts';
import { openDatabase, type TDatabaseHandle } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { AppError } from '../platform/errors.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';

async function isRefused(limiter: RateLimiter, key: string): Promise<boolean> {
  try {
    await limiter.hit(key);
    return false;
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return true;
    throw error;
  }
}

/** Attempts made alternately through two nodes' limiters; returns how many were let through. */
async function allowedAcross(nodes: RateLimiter[], key: string, attempts: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < attempts; i += 1)
    if (!(await isRefused(nodes[i % nodes.length] as RateLimiter, key))) allowed += 1;
  return allowed;
}

describe(`rate limits counted in the shared store (${testDialect})`, () => {
  let t: TTestDatabase;
  let second: TDatabaseHandle;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    // A second connection to the same database, as a second node would open.
    second = openDatabase({ databaseUrl: t.databaseUrl, dataDir: t.dataDir, poolSize: 2 });
  });
  after(async () => {
    await second.close();
    await t.drop();
  });

  it('two nodes on one database share one count: the limit is not doubled', async () => {
    const options = { name: 'sign-in', limit: 10, windowMs: 15 * 60_000 };
    const nodes = [
      createRateLimiter({ kind: 'database', database: t.handle }, options),
      createRateLimiter({ kind: 'database', database: second }, options),
    ];
    assert.equal(await allowedAcross(nodes, '203.0.113.9|amina@example.org', 30), 10);
    // Another key has a count of its own.
    assert.equal(await isRefused(nodes[1] as RateLimiter, '203.0.113.10|amina@example.org'), false);
    // A success on one node clears the count for both.
    await nodes[0]?.reset('203.0.113.9|amina@example.org');
    assert.equal(await isRefused(nodes[1] as RateLimiter, '203.0.113.9|amina@example.org'), false);
  });

  it('a long key (a long address with an IPv6 client) is counted like any other', async () => {
    const options = { name: 'password-reset', limit: 5, windowMs: 15 * 60_000 };
    const node = createRateLimiter({ kind: 'database', database: second }, options);
    const key = `2001:db8:85a3:8d3:1319:8a2e:370:7348|${'a'.repeat(200)}@example.org`;
    assert.equal(await allowedAcross([node], key, 8), 5);
  });

  it('a window that has ended counts afresh', async () => {
    const node = createRateLimiter(
      { kind: 'database', database: t.handle },
      { name: 'w', limit: 2, windowMs: 1000 },
    );
    assert.equal(await allowedAcross([node], 'k', 4), 2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal(await allowedAcross([node], 'k', 4), 2);
  });
});

describe('rate limits counted in Redis (REDIS_URL)', () => {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
  const clients: Redis[] = [];
  const prefix = `carehub-test-${randomBytes(6).toString('hex')}`;
  after(async () => {
    const keys = await clients[0]?.keys(`${prefix}*`);
    if (keys && keys.length > 0) await clients[0]?.del(...keys);
    for (const client of clients) client.disconnect();
  });

  it('two nodes with their own Redis connections share one count', async () => {
    for (let i = 0; i < 2; i += 1) clients.push(new Redis(url, { maxRetriesPerRequest: 1 }));
    const nodes = clients.map((client) =>
      createRateLimiter({ kind: 'redis', client }, { name: prefix, limit: 20, windowMs: 15 * 60_000 }),
    );
    assert.equal(await allowedAcross(nodes, 'join:198.51.100.7', 50), 20);
    await nodes[1]?.reset('join:198.51.100.7');
    assert.equal(await isRefused(nodes[0] as RateLimiter, 'join:198.51.100.7'), false);
  });

  it('while Redis cannot be reached, a node still limits, counting in its own memory', async () => {
    // A port nobody listens on, no queueing and no reconnecting: every command fails at once.
    const away = new Redis(`redis://127.0.0.1:${await freePort()}/0`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    away.on('error', () => {});
    clients.push(away);
    const node = createRateLimiter(
      { kind: 'redis', client: away },
      { name: prefix, limit: 3, windowMs: 60_000 },
    );
    assert.equal(await allowedAcross([node], 'sign-up:192.0.2.1', 6), 3);
  });
});
