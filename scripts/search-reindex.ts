// `npm run search:reindex`: rebuilds the hub's search from the records. Every indexed domain walks its
// records in batches and syncs each one's document (public records are indexed, others removed), and
// documents whose record is gone are removed. Running it again changes nothing; it is safe beside a
// running server (each batch locks its records while it writes their documents).

import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { reindexSearch } from '../src/domains/search/reindex.service.ts';
import { createLogger } from '../src/platform/logger.ts';

const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
try {
  const started = performance.now();
  console.log(`Reindexing the search from the records (${deps.database.dialect}: ${deps.database.location})`);
  const report = await reindexSearch(deps, (line) => {
    console.log(
      `${line.type}: ${line.records} record(s), ${line.indexed} indexed, ${line.records - line.indexed} not public` +
        `, ${line.stale} stale document(s) removed`,
    );
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const indexed = report.reduce((sum, line) => sum + line.indexed, 0);
  console.log(`Done in ${seconds} s: ${indexed} document(s) in the index.`);
} finally {
  await closeDeps(deps);
}
