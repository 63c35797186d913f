// `npm run practices:import -- FILE.jsonl [--skip-invalid]`: loads practices, one JSON object a line,
// in the shape /api/v1/practices returns, published at once (an operator runs it). Every line is
// checked first; any bad line is reported by number with the reason and nothing is loaded, unless
// --skip-invalid loads the good ones. Running it again updates the same practices (by slug).
// The file is read twice as a stream (checked, then loaded), so that the memory it takes does not grow
// with its size; worker threads check the lines and prepare their index entries beside the one writer
// (--workers=N, default the cores less one and at least 1; 0 does everything on one thread; ADR 0104, 0128).
import { createImportDeps } from '../src/compose-import.ts';
import { readConfig } from '../src/config.ts';
import { importPracticeFile } from '../src/domains/practices/practice-file-import.ts';
import { translator } from '../src/i18n/translator.ts';
import { createLogger } from '../src/platform/logger.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const isSkippingInvalid = args.includes('--skip-invalid');
const workersArg = args.find((a) => a.startsWith('--workers='));
if (!file) {
  console.error('Usage: npm run practices:import -- FILE.jsonl [--skip-invalid] [--workers=N]');
  process.exit(2);
}

const importMessages: Record<string, string> = {
  'import.notJson': 'not valid JSON',
  'import.notObject': 'not a JSON object',
  'import.duplicateSlug': 'the same slug appears earlier in the file',
};
const { t, has } = translator('en');
const reason = (key: string) => importMessages[key] ?? (has(key) ? t(key) : key);

const config = readConfig({ ...process.env, DEMO: 'off' });
// Only what the import writes with (ADR 0106): the whole hub's modules would take ~110 MB more.
const deps = await createImportDeps(config, createLogger('warn'));
let code = 0;
try {
  const started = performance.now();
  const result = await importPracticeFile(deps, file, {
    isSkippingInvalid,
    ...(workersArg ? { workers: Number(workersArg.slice('--workers='.length)) } : {}),
  });
  for (const p of result.problems) {
    const where = p.field ? ` ${p.field}:` : '';
    const detail = p.detail && !p.detail.startsWith(p.messageKey) ? ` (${p.detail})` : '';
    console.error(`line ${p.line}:${where} ${reason(p.messageKey)}${detail}`);
  }
  if (!result.isLoaded) {
    console.error(
      `${result.problems.length} bad line(s): nothing was loaded. Fix them, or run with --skip-invalid to load the ${result.good} good one(s).`,
    );
    code = 1;
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Loaded ${result.good} practice(s) in ${seconds} s: ${result.created} new, ${result.updated} updated` +
        (result.problems.length > 0 ? `, ${result.problems.length} bad line(s) skipped.` : '.'),
    );
  }
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR') {
    console.error(`Cannot read ${file}: ${e.message}`);
    code = 2;
  } else throw error;
} finally {
  await deps.close();
}
process.exit(code);
