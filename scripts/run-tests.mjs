// Runs the test files with Node's own test runner (through tsx for TypeScript).
// `node scripts/run-tests.mjs` runs src/ and test/ (*.test.ts, *.test.tsx); `… e2e` runs e2e/*.spec.ts.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDatabaseFree } from './test-files-without-database.mjs';

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
// The PostgreSQL pass (TEST_DATABASE_URL set) runs only the files that use a database: the others
// (policies, analysers, components, message files) give the same answer on both passes (ADR 0095).
const onPostgres = suite === 'unit' && Boolean(process.env.TEST_DATABASE_URL);
if (files.length === 0) {
  console.error(`No ${suite} test files found.`);
  process.exit(1);
}
const chosen = onPostgres ? files.filter((f) => !isDatabaseFree(process.cwd(), f)) : files;
if (chosen.length < files.length)
  console.log(
    `PostgreSQL pass: ${chosen.length} of ${files.length} test files use a database; the others run on the SQLite pass.`,
  );
if (chosen.length === 0) process.exit(0);
const concurrency = suite === 'e2e' ? '1' : (process.env.TEST_CONCURRENCY ?? '2');

// Unit test files run a few dozen to a process: loading the hub's modules through tsx costs a process
// about five seconds of CPU, which per file was most of the suite's time (ADR 0095). Every file still
// makes its own database and app in its own `before`, and none registers hooks outside a describe.
// TEST_FILES_PER_PROCESS=1 gives each file its own process again.
function batched(list) {
  const perProcess = Number(process.env.TEST_FILES_PER_PROCESS ?? '12');
  if (suite === 'e2e' || !(perProcess > 1) || list.length <= 1) return list;
  const count = Math.ceil(list.length / perProcess);
  const groups = Array.from({ length: count }, () => []);
  for (const [index, file] of list.entries()) groups[index % count].push(file);
  const dir = resolve('.tmp', `test-batches-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return groups.map((group, index) => {
    const entry = join(dir, `batch-${String(index + 1).padStart(2, '0')}.mjs`);
    const lines = group.map((file) => `await import(${JSON.stringify(pathToFileURL(resolve(file)).href)});`);
    writeFileSync(entry, `// ${group.join(', ')}\n${lines.join('\n')}\n`);
    return entry;
  });
}

// End-to-end specs each start their own server; the demo is loaded once, here, and each server starts
// from a copy of that folder (e2e/support/demo-data.ts, ADR 0095).
const env = { ...process.env, NODE_ENV: 'test' };
if (suite === 'e2e' && !process.env.E2E_DEMO_DATA) {
  const folder = mkdtempSync(join(tmpdir(), 'carehub-e2e-demo-'));
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'e2e/support/demo-data.ts', folder], {
    stdio: 'inherit',
  });
  if (made.status === 0) env.E2E_DEMO_DATA = folder;
  else console.log('The demo folder could not be made: each spec loads the demo itself.');
}

const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    ...batched(chosen),
  ],
  { stdio: 'inherit', env },
);
// Stopping this command stops the test processes too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
