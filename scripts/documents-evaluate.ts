// `npm run documents:evaluate -- DIR [--details]`: reads DIR/expected.jsonl (one line a document:
// file, language, kind, title, date, event_start, countries, places, organisations, populations,
// eligibility) and the files beside it, extracts each as an import would, and prints one line per
// field, `FIELD SCORE` (exact for language and kind, normalised match for title and dates, F1 for the
// lists, recall for eligibility). --details adds each document's scores. The member directory is the
// one of the database DATABASE_URL / DATA_DIR points at (empty: organisations are read as names).
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import { evaluatedFields, evaluateFolder } from '../src/domains/imports/evaluation.ts';
import { readLookups } from '../src/domains/imports/import-lookups.ts';
import { createLogger } from '../src/platform/logger.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('Usage: npm run documents:evaluate -- DIR [--details]');
  process.exit(2);
}
const deps = await createDeps(readConfig({ ...process.env, DEMO: 'off' }), createLogger('warn'));
try {
  const { scores, perDocument } = await evaluateFolder(dir, await readLookups(deps));
  if (args.includes('--details'))
    for (const d of perDocument)
      console.log(
        `# ${d.file} ${evaluatedFields.map((f) => `${f}=${d.scores[f] === null ? '-' : d.scores[f]?.toFixed(2)}`).join(' ')}`,
      );
  for (const field of evaluatedFields) console.log(`${field} ${scores[field].toFixed(2)}`);
} finally {
  await closeDeps(deps);
}
