// `npm run documents:import -- DIR`: every document in DIR (PDF, DOCX, HTML, text) becomes an import
// waiting for a curator at /imports, read exactly as an upload is (checked by its bytes, read in the
// sandbox, stored privately). A document that cannot be imported is reported with the reason, and the
// others go on. Nothing is published: a curator reviews each import and makes the draft.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { makeActor } from '../src/core/actor.ts';
import { importDocumentBytes } from '../src/domains/imports/import-upload.service.ts';
import { translator } from '../src/i18n/translator.ts';
import { isAppError } from '../src/platform/errors.ts';
import { createLogger } from '../src/platform/logger.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('Usage: npm run documents:import -- DIR');
  process.exit(2);
}
let names: string[];
try {
  names = readdirSync(dir)
    .filter((n) => !n.startsWith('.') && n !== 'expected.jsonl')
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
} catch (error) {
  console.error(`Cannot read ${dir}: ${(error as Error).message}`);
  process.exit(2);
}

const { t } = translator('en');
const config = readConfig({ ...process.env, DEMO: 'off' });
const deps = await createDeps(config, createLogger('warn'));
// The operator who runs the command acts as the secretariat's curator; the audit names no person.
const operator = makeActor(null, ['curator']);
let imported = 0;
let refused = 0;
let peakRss = 0;
const started = performance.now();
try {
  for (const name of names) {
    try {
      const item = await importDocumentBytes(deps, operator, readFileSync(join(dir, name)), name);
      imported++;
      console.log(`${name}: waiting for review at /imports/${item.id} (${item.language}, ${item.kind})`);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      refused++;
      console.error(`${name}: ${t(error.fieldErrors.document ?? 'imports.errors.unreadable')}`);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${imported} document(s) imported, ${refused} refused, in ${seconds} s (peak memory ${Math.round(peakRss / 1048576)} MB).`,
  );
} finally {
  await closeDeps(deps);
}
process.exit(refused > 0 && imported === 0 ? 1 : 0);
