// `npm run backup -- FILE`: one file holding the SQLite hub's database and every uploaded file,
// taken while the hub runs (docs/adr/0028-backup-and-restore.md). PostgreSQL hubs use pg_dump (README).
import { resolve } from 'node:path';
import { readConfig } from '../src/config.ts';
import { backupSqliteHub } from '../src/platform/backup.ts';

const config = readConfig(process.env);
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run backup -- FILE');
  process.exit(2);
}
if (config.databaseUrl) {
  console.error(
    'This hub runs on PostgreSQL: back it up with pg_dump (see "Backup and restore" in README.md).',
  );
  process.exit(2);
}
try {
  const summary = await backupSqliteHub({ dataDir: config.dataDir, file: resolve(file) });
  console.log(
    `Backed up ${summary.tables} tables and ${summary.files} files (${summary.bytes} bytes of files) to ${resolve(file)}.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
