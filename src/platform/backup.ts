import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DiskFileStore } from './storage.ts';

/**
 * Backup and restore of a SQLite hub as ONE file: a consistent copy of the database taken while the
 * hub runs (SQLite's online backup API), with every uploaded file added to the copy's `stored_files`
 * table (migration 0031). The file is an ordinary SQLite database, so `sqlite3 FILE` can read it.
 *
 * Restoring needs the hub stopped and its DATA_DIR without a hub (no database, or an empty one): the
 * copy becomes DATA_DIR/carehub.sqlite and its files go back to DATA_DIR/uploads under their keys.
 * PostgreSQL hubs use pg_dump and pg_restore instead (README), which include `stored_files`.
 */
export const sqliteFileName = 'carehub.sqlite';

export type TBackupSummary = { tables: number; files: number; bytes: number };

export async function backupSqliteHub(options: { dataDir: string; file: string }): Promise<TBackupSummary> {
  const source = join(options.dataDir, sqliteFileName);
  if (!existsSync(source)) throw new Error(`No hub database at ${source}.`);
  if (existsSync(options.file)) throw new Error(`${options.file} exists already; name a new file.`);
  const partial = `${options.file}.partial`;
  rmSync(partial, { force: true });
  const live = new SqliteDatabase(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(partial);
  } finally {
    live.close();
  }
  const copy = new SqliteDatabase(partial);
  let files = 0;
  let bytes = 0;
  try {
    copy.pragma('journal_mode = DELETE');
    const insert = copy.prepare(
      'insert or replace into stored_files (key, bytes, byte_size, created_at) values (?, ?, ?, ?)',
    );
    const disk = DiskFileStore.forDataDir(options.dataDir);
    const at = new Date().toISOString();
    for await (const key of disk.keys()) {
      const content = await disk.read(key);
      if (!content) continue;
      insert.run(key, content, content.byteLength, at);
      files += 1;
      bytes += content.byteLength;
    }
    const tables = countTables(copy);
    copy.close();
    renameSync(partial, options.file);
    return { tables, files, bytes };
  } catch (error) {
    if (copy.open) copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
}

export async function restoreSqliteHub(options: { dataDir: string; file: string }): Promise<TBackupSummary> {
  const target = join(options.dataDir, sqliteFileName);
  if (!existsSync(options.file)) throw new Error(`No backup at ${options.file}.`);
  if (existsSync(target) && !isEmptyHub(target)) {
    throw new Error(`${target} holds a hub already; restore into an empty DATA_DIR (stop the hub first).`);
  }
  const staged = `${target}.restoring`;
  rmSync(staged, { force: true });
  const backup = new SqliteDatabase(options.file, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup is damaged: ${String(check)}`);
    await backup.backup(staged);
  } finally {
    backup.close();
  }
  const restored = new SqliteDatabase(staged);
  let files = 0;
  let bytes = 0;
  try {
    const disk = DiskFileStore.forDataDir(options.dataDir);
    const rows = restored.prepare('select key, bytes from stored_files order by key').iterate() as Iterable<{
      key: string;
      bytes: Buffer;
    }>;
    for (const row of rows) {
      await disk.put(row.key, row.bytes);
      files += 1;
      bytes += row.bytes.byteLength;
    }
    // On SQLite the files live on disk; the table only carried them inside the backup.
    restored.prepare('delete from stored_files').run();
    restored.pragma('journal_mode = WAL');
    const tables = countTables(restored);
    restored.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(staged, target);
    return { tables, files, bytes };
  } catch (error) {
    if (restored.open) restored.close();
    rmSync(staged, { force: true });
    throw error;
  }
}

function countTables(db: SqliteDatabase.Database): number {
  const row = db
    .prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .get() as { n: number };
  return row.n;
}

/** A database with no people and no organisations in it (a hub started once with DEMO=off, or never). */
function isEmptyHub(file: string): boolean {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    for (const table of ['users', 'organizations']) {
      const exists = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
      if (exists && (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n > 0)
        return false;
    }
    return true;
  } finally {
    db.close();
  }
}
