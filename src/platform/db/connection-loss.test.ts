import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/** Runs SQL as the server's administrator (outside the hub's pool), on the test server. */
async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function readyStatus(t: TTestApp): Promise<number> {
  return (await t.app.request('/readyz')).status;
}

async function waitForStatus(t: TTestApp, status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await readyStatus(t)) === status) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/readyz did not answer ${status} within ${withinMs} ms`);
}

describe(`a lost database connection (${testDialect})`, () => {
  let t: TTestApp;
  let name = '';
  before(async () => {
    t = await createTestApp();
    name = new URL(t.database.databaseUrl ?? 'postgres://x/none').pathname.slice(1);
  });
  after(async () => {
    if (testDialect === 'postgres') await asAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await t.close();
  });

  if (testDialect === 'postgres') {
    it('fails only the query in flight when its backend is terminated; the pool reconnects', async () => {
      // Every pooled connection busy, one of them in a long query.
      const inFlight = sql`select pg_sleep(5)`.execute(t.deps.db).then(
        () => 'finished',
        (error: Error) => error.message,
      );
      const pages = Array.from({ length: 4 }, () => t.app.request('/en/'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await asAdmin(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
      );
      assert.match(await inFlight, /terminat|Connection/i, 'the query in flight reports the lost connection');
      for (const page of await Promise.all(pages)) assert.ok([200, 500].includes(page.status));
      // A transaction holding its connection between two queries: the server's goodbye arrives while no
      // query is running, which the pool's own listener (idle clients only) does not hear.
      const held = t.deps.db
        .transaction()
        .execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await new Promise((resolve) => setTimeout(resolve, 800));
          await sql`select 2`.execute(trx);
          return 'committed';
        })
        .catch((error: Error) => error.message);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await asAdmin(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
      );
      assert.notEqual(await held, 'committed', 'the transaction fails rather than the process');
      // This process is still here, and answers from fresh connections.
      assert.ok((await waitForStatus(t, 200, 5000)) < 5000);
      assert.equal((await t.app.request('/en/')).status, 200);
    });

    it('/readyz answers 503 while the database refuses connections and 200 once it is back', async () => {
      await asAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await asAdmin(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
      );
      await waitForStatus(t, 503, 5000);
      const page = await t.app.request('/en/events');
      assert.ok(page.status >= 500, 'a page that needs the database fails while it is away');
      await asAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await waitForStatus(t, 200, 5000);
      assert.equal((await t.app.request('/en/events')).status, 200);
    });
  } else {
    it('/readyz answers 200 with the database open and 503 once it is closed', async () => {
      assert.equal(await readyStatus(t), 200);
      await t.deps.database.close();
      assert.equal(await readyStatus(t), 503);
      assert.equal((await t.app.request('/healthz')).status, 200, 'the process itself still answers');
    });
  }
});
