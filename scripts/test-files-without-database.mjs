// Which unit test files cannot touch a database: used by run-tests.mjs to run only the others on the
// PostgreSQL pass (a file that opens no database gives the same result on both passes; ADR 0095).
// Conservative by construction: a file counts as database-free only when nothing it imports (followed
// through every relative import, type-only imports excepted) lies in src/platform/db/ or is one of the
// test helpers that open a database or start the hub, and its own text starts no process and names no
// database address. Anything unsure runs on both passes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const dynamicImport = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const opensDatabase = new Set([
  'test/support/test-database.ts',
  'test/support/app-process.ts',
  'test/support/test-app.ts',
]);
const startsSomething = /DATABASE_URL|spawn|fork\(|execFile|exec\(|src\/main\.ts|['"`]scripts\//;

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
  ];
  candidates.push(join(base, 'index.ts'));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

function importClosure(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const pattern of [staticImport, dynamicImport]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const target = resolveImport(file, match[1]);
      if (target) importClosure(target, seen);
    }
  }
}

/** True when the test file (path relative to root) provably opens no database and starts no process. */
export function isDatabaseFree(root, file) {
  if (startsSomething.test(readFileSync(join(root, file), 'utf8'))) return false;
  const seen = new Set();
  importClosure(resolve(root, file), seen);
  for (const path of seen) {
    const name = relative(root, path).split('\\').join('/');
    if (name.startsWith('src/platform/db/') || opensDatabase.has(name)) return false;
  }
  return true;
}
