// A job worker in its own process, for the test that kills it mid-run (commitment-reminders.test.ts).
// Arguments: <dataDir> <databaseUrl or ""> <milliseconds to linger inside each e-mail's transaction>.
// It claims due jobs with a short lease and runs them; every e-mail takes a while, as a slow mail
// server would, so the test can kill the process between two of them.

import { createDeps } from '../../src/compose.ts';
import { readConfig } from '../../src/config.ts';
import { registerCommitmentJobs } from '../../src/domains/commitments/commitment-reporting.service.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { JobQueue } from '../../src/platform/jobs.ts';
import { createLogger } from '../../src/platform/logger.ts';

const [dataDir = '', databaseUrl = '', lingerText = '200'] = process.argv.slice(2);
const linger = Number(lingerText);
const config = readConfig({
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl || undefined,
  DEMO: 'off',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://localhost',
});
const logger = createLogger('silent');
const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
const deps = await createDeps(config, logger, { database });
deps.jobs = new JobQueue(deps.db, { clock: deps.clock, logger, leaseMs: 1_000 });
registerCommitmentJobs(deps);
const enqueue = deps.mailer.enqueue.bind(deps.mailer);
deps.mailer.enqueue = async (executor, message) => {
  await enqueue(executor, message);
  await new Promise((resolve) => setTimeout(resolve, linger));
};
process.send?.({ type: 'ready' });
await deps.jobs.runDue();
process.send?.({ type: 'finished' });
process.exit(0);
