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
  /**
   * The driver under Kysely, for the few libraries that speak to it themselves (the rate limiter's
   * store, LISTEN/NOTIFY, online backup). Everything else goes through `db`.
   */
  native:
    | { dialect: 'sqlite'; sqlite: SqliteDatabase.Database }
    | { dialect: 'postgres'; pool: pg.Pool; url: string };
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
  /** PostgreSQL only: told when a connection breaks (the server restarted, a backend was terminated). */
  onConnectionError?: (error: Error) => void;
};

export function openDatabase(options: TOpenDatabaseOptions): TDatabaseHandle {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onConnectionError ?? (() => {}));
  }
  return openSqlite(join(options.dataDir, options.sqliteFileName ?? 'carehub.sqlite'));
}

function openSqlite(file: string): TDatabaseHandle {
  mkdirSync(join(file, '..'), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    native: { dialect: 'sqlite', sqlite },
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

/** Prepared statements kept per SQLite file, least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query it runs on SQLite afresh; the hub runs the same few hundred statements
 * over and over, and preparing one costs about as much as running it (a bulk import spent 7 % of its
 * time there). This keeps the prepared statements by their text and hands the same one back while it
 * is not in the middle of an `iterate()`; SQLite re-prepares a kept statement by itself after a schema
 * change (sqlite3_prepare_v2).
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      const kept = cache.get(text);
      if (kept && !kept.busy) {
        cache.delete(text);
        cache.set(text, kept);
        return kept;
      }
      const statement = sqlite.prepare(text);
      if (!kept) {
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/** How long a request waits for a new connection before it fails (the server is away or overloaded). */
const connectTimeoutMs = 5_000;

function openPostgres(
  url: string,
  poolSize: number,
  onConnectionError: (error: Error) => void,
): TDatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  // A client whose server goes away emits 'error'; with no listener Node ends the process. The pool
  // listens on idle clients only, so every client gets a listener of its own as it connects: a query in
  // flight then fails (an error for that request alone), and the pool drops the broken client when it
  // is released and opens a fresh one for the next request.
  pool.on('error', (error) => onConnectionError(error));
  pool.on('connect', (client) => {
    client.on('error', (error) => onConnectionError(error));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    dialect: 'postgres',
    location: safe.toString(),
    native: { dialect: 'postgres', pool, url },
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

/**
 * A connection that writes in bulk (`npm run practices:import`, ADR 0128), on SQLite: a checkpoint every
 * ~40 MB of log instead of every 4 MB — each copied the pages written since into the database file, the same
 * index pages again and again (100,000 practices, quiet: ~65 s → ~62 s). This connection's alone; it changes
 * nothing of what a crash keeps, and the last checkpoint runs when the connection closes. (A 24–32 MB page
 * cache beside it saved ~2 s more but took the import's peak to 495–498 MB, against a 500 MB budget.)
 * PostgreSQL needs nothing here.
 */
export function tuneForBulkWrites(handle: TDatabaseHandle): void {
  if (handle.native.dialect !== 'sqlite') return;
  handle.native.sqlite.pragma('wal_autocheckpoint = 10000');
}
