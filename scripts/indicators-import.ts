// `npm run indicators:import -- FILE… [--skip-invalid]`: loads indicator series as the UN Statistics
// Division publishes them (tab-separated, optionally .gz). Every file is checked first; a file that
// cannot be read, or a bad line (reported by file, line and reason), loads nothing at all unless
// --skip-invalid loads the good lines. Loading a new release updates the values, keeps the former
// ones as history and says what changed; loading the same file again changes nothing.
import { statSync } from 'node:fs';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { maxIndicatorFileBytes } from '../src/domains/observatory/indicator-file.ts';
import {
  importIndicatorFiles,
  readIndicatorPath,
  shippedIndicatorFiles,
} from '../src/domains/observatory/indicator-import.service.ts';
import { describeImport } from '../src/domains/observatory/indicator-report.ts';
import { translator } from '../src/i18n/translator.ts';
import { createLogger } from '../src/platform/logger.ts';

const args = process.argv.slice(2);
const isSkippingInvalid = args.includes('--skip-invalid');
const isShipped = args.includes('--shipped');
const paths = isShipped ? shippedIndicatorFiles() : args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) {
  console.error('Usage: npm run indicators:import -- FILE.tsv [FILE.tsv.gz …] [--skip-invalid] | --shipped');
  process.exit(2);
}

const files = [];
for (const path of paths) {
  try {
    if (statSync(path).size > maxIndicatorFileBytes) {
      files.push({ isReadable: false as const, fileName: path, fault: 'tooLarge' as const, detail: '' });
      continue;
    }
    files.push(readIndicatorPath(path));
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
const i18n = translator('en');
try {
  const started = performance.now();
  const reports = await importIndicatorFiles(deps, files, { isSkippingInvalid, actorId: null });
  let isFailed = false;
  for (const report of reports) {
    const lines = describeImport(i18n, report);
    if (report.outcome === 'refused') isFailed = true;
    for (const line of lines) (report.outcome === 'refused' ? console.error : console.log)(line);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (isFailed) {
    console.error(i18n.t('observatory.import.nothingLoaded'));
    process.exitCode = 1;
  } else console.log(i18n.t('observatory.import.done', { files: reports.length, seconds }));
} finally {
  await closeDeps(deps);
}
