import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type TDialectName = 'sqlite' | 'postgres';

export type TDb = Kysely<Database>;

export type TDatabaseHandle = {
  db: TDb;
  dialect: TDialectName;
  /** Where the data lives, for logs: a file path or a URL without its password. */
  location: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

// PostgreSQL returns bigint (count(*), sum of integers) as strings; our counts fit in a double.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));
// numeric as number too (amounts are stored as numeric in later migrations).
pg.types.setTypeParser(1700, (value: string) => Number.parseFloat(value));

export type TOpenDatabaseOptions = {
  databaseUrl: string | undefined;
  /** SQLite only: the directory that holds carehub.sqlite; ':memory:' is not used, tests use real files. */
  dataDir: string;
  sqliteFileName?: string;
  poolSize?: number;
};

export function openDatabase(options: TOpenDatabaseOptions): TDatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openSqlite(join(options.dataDir, options.sqliteFileName ?? 'carehub.sqlite'));
}

function openSqlite(file: string): TDatabaseHandle {
  mkdirSync(join(file, '..'), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}

function openPostgres(url: string, poolSize: number): TDatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    dialect: 'postgres',
    location: safe.toString(),
    ping: async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await db.destroy();
    },
  };
}
