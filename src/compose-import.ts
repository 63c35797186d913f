import type { TConfig } from './config.ts';
import type { TDeps } from './deps.ts';
import { startGazetteer } from './domains/search/gazetteer.service.ts';
import { createHubSearch } from './domains/search/hub-search.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase, tuneForBulkWrites } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { startPgChangeRelay } from './platform/db/pg-change-relay.ts';
import type { TLogger } from './platform/logger.ts';

/** What the bulk import writes with: the database, the search index, the clock. */
export type TImportDeps = Pick<TDeps, 'db' | 'search' | 'clock'> & { close(): Promise<void> };

/**
 * The dependencies of a process that only loads practices (`npm run practices:import`, ADR 0106): the
 * database (migrated), the hub's search index (rebuilt if a migration asks or the analyser changed, ADR
 * 0126) and the gazetteer the analyser reads, and on PostgreSQL the change relay that tells running nodes
 * what the import wrote — not the whole hub of compose.ts (mail, jobs, files, every domain's routes), whose
 * modules took ~110 MB of the importer's memory budget.
 */
export async function createImportDeps(config: TConfig, logger: TLogger): Promise<TImportDeps> {
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
  const closers: Array<() => Promise<void> | void> = [];
  try {
    await migrateToLatest(database.db);
    tuneForBulkWrites(database);
    const clock = systemClock;
    const search = createHubSearch(database, config.search);
    if (database.native.dialect === 'postgres') {
      const relay = startPgChangeRelay({ url: database.native.url, pool: database.native.pool, logger });
      await relay.ready;
      closers.push(relay.close);
    }
    closers.push(await startGazetteer({ db: database.db, clock, logger }));
    // After the gazetteer is read, as on the hub's start (compose.ts): a migration's request or another
    // analyser's fingerprint (ADR 0126) re-analyses the kept documents before new ones join them.
    await search.rebuildIfRequired();
    return {
      db: database.db,
      search,
      clock,
      async close() {
        for (const close of closers.reverse()) await close();
        await database.close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close();
    await database.close();
    throw error;
  }
}
