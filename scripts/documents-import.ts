// `npm run documents:import -- DIR`: every document in DIR (PDF, DOCX, HTML, text) becomes an import
// waiting for a curator at /imports, read exactly as an upload is (checked by its bytes, read in the
// sandbox, stored privately). A document that cannot be imported is reported with the reason, and the
// others go on. Nothing is published: a curator reviews each import and makes the draft. A file imported
// before (the same bytes) is skipped, and a document that matches a record already in the hub is
// reported: its review page offers it as an update of that record (docs/adr/0076).
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { makeActor } from '../src/core/actor.ts';
import { documentNamesIn, importFolder, type TFolderLine } from '../src/domains/imports/import-folder.ts';
import { translator } from '../src/i18n/translator.ts';
import { createLogger } from '../src/platform/logger.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('Usage: npm run documents:import -- DIR');
  process.exit(2);
}
try {
  documentNamesIn(dir);
} catch (error) {
  console.error(`Cannot read ${dir}: ${(error as Error).message}`);
  process.exit(2);
}

const { t } = translator('en');
const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
// The operator who runs the command acts as the secretariat's curator; the audit names no person.
const operator = makeActor(null, ['curator']);
let peakRss = 0;
const started = performance.now();

function print(line: TFolderLine) {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (line.outcome === 'refused') return console.error(`${line.name}: ${t(line.reason)}`);
  if (line.outcome === 'skipped')
    return console.log(
      `${line.name}: already imported at /imports/${line.importId} (${line.status}); skipped`,
    );
  console.log(
    `${line.name}: waiting for review at /imports/${line.importId} (${line.language}, ${line.kind})`,
  );
  if (line.matches.length > 0)
    console.log(`  matches ${line.matches.join('; ')}: offered as an update on its review page`);
}

let exitCode = 0;
try {
  const report = await importFolder(deps, operator, dir, print);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${report.imported} document(s) imported (${report.matching} matching a record), ${report.skipped} imported before and skipped, ${report.refused} refused, in ${seconds} s (peak memory ${Math.round(peakRss / 1048576)} MB).`,
  );
  if (report.refused > 0 && report.imported === 0 && report.skipped === 0) exitCode = 1;
} finally {
  await closeDeps(deps);
}
process.exit(exitCode);
