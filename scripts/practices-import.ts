// `npm run practices:import -- FILE.jsonl [--skip-invalid]`: loads practices, one JSON object a line,
// in the shape /api/v1/practices returns, published at once (an operator runs it). Every line is
// checked first; any bad line is reported by number with the reason and nothing is loaded, unless
// --skip-invalid loads the good ones. Running it again updates the same practices (by slug).
import { readFileSync } from 'node:fs';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { checkImportLines, importPractices } from '../src/domains/practices/practice-import.service.ts';
import { translator } from '../src/i18n/translator.ts';
import { createLogger } from '../src/platform/logger.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const isSkippingInvalid = args.includes('--skip-invalid');
if (!file) {
  console.error('Usage: npm run practices:import -- FILE.jsonl [--skip-invalid]');
  process.exit(2);
}

const importMessages: Record<string, string> = {
  'import.notJson': 'not valid JSON',
  'import.notObject': 'not a JSON object',
  'import.duplicateSlug': 'the same slug appears earlier in the file',
};
const { t, has } = translator('en');
const reason = (key: string) => importMessages[key] ?? (has(key) ? t(key) : key);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const { records, problems } = checkImportLines(text.split(/\r?\n/));
for (const p of problems) {
  const where = p.field ? ` ${p.field}:` : '';
  const detail = p.detail && !p.detail.startsWith(p.messageKey) ? ` (${p.detail})` : '';
  console.error(`line ${p.line}:${where} ${reason(p.messageKey)}${detail}`);
}
if (problems.length > 0 && !isSkippingInvalid) {
  console.error(
    `${problems.length} bad line(s): nothing was loaded. Fix them, or run with --skip-invalid to load the ${records.length} good one(s).`,
  );
  process.exit(1);
}

const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
try {
  const started = performance.now();
  const result = await importPractices(deps, records);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded ${records.length} practice(s) in ${seconds} s: ${result.created} new, ${result.updated} updated` +
      (problems.length > 0 ? `, ${problems.length} bad line(s) skipped.` : '.'),
  );
} finally {
  await closeDeps(deps);
}
