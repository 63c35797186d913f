import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../test/support/test-database.ts';
import { closeDeps, createDeps } from '../compose.ts';
import { readConfig } from '../config.ts';
import { loadDemoIfEmpty } from '../demo/load-demo.ts';
import type { TDeps } from '../deps.ts';
import { openDatabase, type TDatabaseHandle } from './db/database.ts';
import { createLogger } from './logger.ts';
import { openFileStore, type TFileStore } from './storage.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Every table, as sorted JSON rows: two hubs with the same content give the same map. */
async function snapshotTables(database: TDatabaseHandle): Promise<Map<string, string[]>> {
  const names =
    database.dialect === 'postgres'
      ? (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(database.db)
        ).rows
      : (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table'
            and name not like 'sqlite_%' order by 1`.execute(database.db)
        ).rows;
  const tables = new Map<string, string[]>();
  for (const { name } of names) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db);
    tables.set(name, rows.rows.map((row) => JSON.stringify(row)).sort());
  }
  return tables;
}

async function snapshotFiles(files: TFileStore): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for await (const key of files.keys()) found.set(key, (await files.read(key))?.toString('base64') ?? '');
  return found;
}

function runScript(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
}

/** A hub with the demo content and a few uploaded files, on the test dialect. */
async function filledHub(t: TTestDatabase): Promise<TDeps> {
  const config = readConfig({ DATA_DIR: t.dataDir, DEMO: 'on', ARGON2_MEMORY_KIB: '1024' });
  const deps = await createDeps(config, createLogger('silent'), { database: t.handle });
  await loadDemoIfEmpty(deps);
  await deps.files.save(new TextEncoder().encode('%PDF-1.7 a letter'));
  await deps.files.save(new Uint8Array(70_000).map((_, i) => i % 251));
  return deps;
}

describe(`backup and restore (${testDialect})`, () => {
  let t: TTestDatabase;
  let deps: TDeps;
  const scratch = mkdtempSync(join(tmpdir(), 'carehub-backup-'));
  // The demo's own files (community pictures, attachments) and the two saved here.
  let fileCount = 0;
  before(async () => {
    t = await createTestDatabase();
    deps = await filledHub(t);
    fileCount = (await snapshotFiles(deps.files)).size;
    assert.ok(fileCount >= 2);
  });
  after(async () => {
    await closeDeps(deps).catch(() => {});
    await t.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  if (testDialect === 'sqlite') {
    it('npm run backup copies a running hub and every file into one file; npm run restore rebuilds it in an empty hub', async () => {
      const file = join(scratch, 'hub.backup');
      // Taken while the hub is open, as a running server holds it.
      const backup = runScript('backup', [file], { DATA_DIR: t.dataDir });
      assert.equal(backup.status, 0, backup.stderr);
      assert.match(backup.stdout, new RegExp(`Backed up \\d+ tables and ${fileCount} files`));
      assert.equal(
        runScript('backup', [file], { DATA_DIR: t.dataDir }).status,
        1,
        'an existing file is kept',
      );

      // An empty hub: started once with DEMO=off, nobody in it yet.
      const emptyDir = join(scratch, 'empty');
      const empty = await createDeps(
        readConfig({ DATA_DIR: emptyDir, DEMO: 'off' }),
        createLogger('silent'),
        {},
      );
      await closeDeps(empty);
      const restore = runScript('restore', [file], { DATA_DIR: emptyDir });
      assert.equal(restore.status, 0, restore.stderr);
      assert.match(restore.stdout, new RegExp(`Restored \\d+ tables and ${fileCount} files`));

      const restored = openDatabase({ databaseUrl: undefined, dataDir: emptyDir });
      try {
        const [expected, actual] = [await snapshotTables(t.handle), await snapshotTables(restored)];
        assert.deepEqual([...actual.keys()], [...expected.keys()]);
        for (const [name, rows] of expected) {
          assert.deepEqual(actual.get(name), rows, `table ${name}`);
        }
        assert.ok((expected.get('organizations')?.length ?? 0) > 0, 'the demo content was there to compare');
        const files = await snapshotFiles(
          openFileStore({ s3Url: undefined, dataDir: emptyDir, database: restored }),
        );
        assert.equal(files.size, fileCount);
        assert.deepEqual(files, await snapshotFiles(deps.files));
      } finally {
        await restored.close();
      }

      // A hub with content is never overwritten.
      const refused = runScript('restore', [file], { DATA_DIR: t.dataDir });
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /holds a hub already/);
    });
  } else {
    it('pg_dump and pg_restore (README) carry every table and every file into an empty database', async () => {
      const url = t.databaseUrl ?? '';
      const file = join(scratch, 'hub.dump');
      const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, url], {
        encoding: 'utf8',
      });
      assert.equal(dump.status, 0, dump.stderr);
      assert.ok(existsSync(file));

      const name = `${new URL(url).pathname.slice(1)}_restored`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      const restore = spawnSync('pg_restore', ['--no-owner', `--dbname=${target}`, file], {
        encoding: 'utf8',
      });
      const restored = openDatabase({ databaseUrl: target.toString(), dataDir: scratch, poolSize: 2 });
      try {
        assert.equal(restore.status, 0, restore.stderr);
        const [expected, actual] = [await snapshotTables(t.handle), await snapshotTables(restored)];
        assert.deepEqual([...actual.keys()], [...expected.keys()]);
        for (const [table, rows] of expected) assert.deepEqual(actual.get(table), rows, `table ${table}`);
        assert.ok((expected.get('organizations')?.length ?? 0) > 0, 'the demo content was there to compare');
        const files = await snapshotFiles(
          openFileStore({ s3Url: undefined, dataDir: scratch, database: restored }),
        );
        assert.equal(files.size, fileCount);
        assert.deepEqual(files, await snapshotFiles(deps.files));
      } finally {
        await restored.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  }
});
