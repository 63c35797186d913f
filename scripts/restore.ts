// `npm run restore -- FILE`: puts a backup made by `npm run backup` into DATA_DIR, which must hold no
// hub yet (stop the hub first). PostgreSQL hubs use pg_restore (README).
import { resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { restoreSqliteHub } from '../src/platform/backup.ts';

const config = readConfig(process.env);
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- FILE');
  process.exit(2);
}
if (config.databaseUrl) {
  console.error(
    'This hub runs on PostgreSQL: restore it with pg_restore (see "Backup and restore" in README.md).',
  );
  process.exit(2);
}
try {
  const summary = await restoreSqliteHub({ dataDir: config.dataDir, file: resolve(file) });
  console.log(`Restored ${summary.tables} tables and ${summary.files} files into ${config.dataDir}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
