// `npm run practices:import -- FILE.jsonl [--skip-invalid]`: loads practices, one JSON object a line,
// in the shape /api/v1/practices returns, published at once (an operator runs it). Every line is
// checked first; any bad line is reported by number with the reason and nothing is loaded, unless
// --skip-invalid loads the good ones. Running it again updates the same practices (by slug).
// The file is read twice, line by line (checked, then loaded a thousand records at a time), so that
// the memory it takes does not grow with its size.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import {
  createLineChecker,
  importPractices,
  type TCheckedRecord,
} from '../src/domains/practices/practice-import.service.ts';
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

/** Each line of the file with its number (from 1), read as a stream. */
async function* linesOf(path: string): AsyncGenerator<[string, number]> {
  const reader = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    yield [text, line];
  }
}

const checker = createLineChecker();
let goodCount = 0;
try {
  for await (const [text, line] of linesOf(file)) if (checker.check(text, line)) goodCount += 1;
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const { problems } = checker;
for (const p of problems) {
  const where = p.field ? ` ${p.field}:` : '';
  const detail = p.detail && !p.detail.startsWith(p.messageKey) ? ` (${p.detail})` : '';
  console.error(`line ${p.line}:${where} ${reason(p.messageKey)}${detail}`);
}
if (problems.length > 0 && !isSkippingInvalid) {
  console.error(
    `${problems.length} bad line(s): nothing was loaded. Fix them, or run with --skip-invalid to load the ${goodCount} good one(s).`,
  );
  process.exit(1);
}

const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
const BATCH = 1_000;
try {
  const started = performance.now();
  const result = { created: 0, updated: 0 };
  const loadBatch = async (batch: TCheckedRecord[]) => {
    const done = await importPractices(deps, batch);
    result.created += done.created;
    result.updated += done.updated;
  };
  // The second reading checks again (the same lines give the same answers) and loads the good lines.
  const loader = createLineChecker();
  let batch: TCheckedRecord[] = [];
  for await (const [text, line] of linesOf(file)) {
    const record = loader.check(text, line);
    if (!record) continue;
    batch.push(record);
    if (batch.length >= BATCH) {
      await loadBatch(batch);
      batch = [];
    }
  }
  await loadBatch(batch);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded ${goodCount} practice(s) in ${seconds} s: ${result.created} new, ${result.updated} updated` +
      (problems.length > 0 ? `, ${problems.length} bad line(s) skipped.` : '.'),
  );
} finally {
  await closeDeps(deps);
}
