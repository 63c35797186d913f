import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type TDatabaseHandle } from '../../src/platform/db/database.ts';

/**
 * A fresh, real database for one test file: a SQLite file in a temporary folder by default, or a new
 * PostgreSQL database on the server named by TEST_DATABASE_URL (created here, dropped at the end).
 */
export type TTestDatabase = {
  handle: TDatabaseHandle;
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
};

export const testDialect: 'sqlite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

export async function createTestDatabase(): Promise<TTestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehub-test-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = openDatabase({ databaseUrl: undefined, dataDir });
    return {
      handle,
      databaseUrl: undefined,
      dataDir,
      drop: async () => {
        await handle.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `carehub_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // A throwaway database: its commits need not wait for the disk (about 4 ms each on this machine),
  // which is most of a PostgreSQL test pass. Durability is not what these tests check; the server and
  // every other database keep the server's own setting.
  if (process.env.TEST_DATABASE_DURABLE !== 'on')
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: url.toString(), dataDir, poolSize: 5 });
  return {
    handle,
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      await handle.close();
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
