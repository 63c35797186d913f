// Runs the test files with Node's own test runner (through tsx for TypeScript).
// `node scripts/run-tests.mjs` runs src/ and test/ (*.test.ts, *.test.tsx); `… e2e` runs e2e/*.spec.ts.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suite = process.argv[2] === 'e2e' ? 'e2e' : 'unit';
const roots = suite === 'e2e' ? ['e2e'] : ['src', 'test'];
const pattern = suite === 'e2e' ? /\.spec\.tsx?$/ : /\.test\.tsx?$/;
const extra = process.argv.slice(suite === 'e2e' ? 3 : 2);

function walk(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...walk(path));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

// Each word after the command picks the test files whose path holds it; none picks them all.
const filters = extra.filter((a) => !a.startsWith('-'));
const files = roots
  .flatMap((root) => walk(root))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`No ${suite} test files found.`);
  process.exit(1);
}
const concurrency = suite === 'e2e' ? '1' : (process.env.TEST_CONCURRENCY ?? '2');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
