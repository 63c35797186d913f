import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isDatabaseFree } from '../scripts/test-files-without-database.mjs';

/**
 * The PostgreSQL pass leaves out only test files that cannot reach a database (ADR 0095): anything that
 * imports the database layer, directly or through other modules, or starts a process, runs on both passes.
 */
describe('test runner: which files the PostgreSQL pass may leave out', () => {
  const root = mkdtempSync(join(tmpdir(), 'carehub-runner-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/platform/db/database.ts', 'export const openDatabase = () => 1;\n');
  write(
    'src/domains/x/x.repository.ts',
    "import { openDatabase } from '../../platform/db/database.ts';\nexport const r = openDatabase;\n",
  );
  write('src/domains/x/x.service.ts', "export { r } from './x.repository.ts';\n");
  write(
    'src/domains/x/x.policy.ts',
    "import type { r } from './x.repository.ts';\nexport const may = (v: typeof r) => Boolean(v);\n",
  );
  write('src/domains/x/x.policy.test.ts', "import { may } from './x.policy.ts';\nmay;\n");
  write('src/domains/x/x.service.test.ts', "import { r } from './x.service.ts';\nr;\n");
  write('src/domains/x/later.test.ts', "const m = await import('./x.service.ts');\nm;\n");
  write('test/support/test-database.ts', 'export const createTestDatabase = () => 1;\n');
  write(
    'test/uses-support.test.ts',
    "import { createTestDatabase } from './support/test-database.ts';\ncreateTestDatabase;\n",
  );
  write(
    'test/starts-hub.test.ts',
    "import { spawn } from 'node:child_process';\nspawn('node', ['src/main.ts']);\n",
  );
  write('test/names-url.test.ts', 'const url = process.env.TEST_DATABASE_URL;\nurl;\n');

  it('leaves out a file whose imports never reach the database layer (type-only imports do not count)', () => {
    assert.equal(isDatabaseFree(root, 'src/domains/x/x.policy.test.ts'), true);
  });

  it('keeps files that reach the database through other modules, a dynamic import or the test helpers', () => {
    assert.equal(isDatabaseFree(root, 'src/domains/x/x.service.test.ts'), false);
    assert.equal(isDatabaseFree(root, 'src/domains/x/later.test.ts'), false);
    assert.equal(isDatabaseFree(root, 'test/uses-support.test.ts'), false);
  });

  it('keeps files that start a process or read a database address', () => {
    assert.equal(isDatabaseFree(root, 'test/starts-hub.test.ts'), false);
    assert.equal(isDatabaseFree(root, 'test/names-url.test.ts'), false);
  });

  it('runs every real test file that opens a test database on the PostgreSQL pass', () => {
    for (const file of ['src/platform/db/connection-loss.test.ts', 'test/two-nodes.test.ts']) {
      assert.equal(isDatabaseFree(process.cwd(), file), false, file);
    }
    assert.equal(isDatabaseFree(process.cwd(), 'src/domains/practices/practices.policy.test.ts'), true);
  });
});
