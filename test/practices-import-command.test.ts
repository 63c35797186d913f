import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/platform/db/database.ts';
import { practiceInput } from './support/practices.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `npm run practices:import` as an operator runs it: the command line package.json names (the script
 * bundled and run without tsx, ADR 0129), a real file, a real SQLite hub in a folder of its own.
 */
function runImport(dataDir: string, args: string[]) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...words] = (manifest.scripts['practices:import'] ?? '').split(' ');
  assert.equal(command, 'node');
  return spawnSync(process.execPath, [...words, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    },
  });
}

describe('the practices:import command', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'carehub-import-command-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a file of practices into the hub, searchable at once', async () => {
    const file = join(dir, 'good.jsonl');
    const slugs = ['command-respite-krakow', 'command-care-leave-bogota', 'command-creche-amman'];
    writeFileSync(file, `${slugs.map((slug) => JSON.stringify(practiceInput({ slug }))).join('\n')}\n`);
    const run = runImport(join(dir, 'hub'), [file]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Loaded 3 practice\(s\) in [\d.]+ s: 3 new, 0 updated\./);
    const hub = openDatabase({ databaseUrl: undefined, dataDir: join(dir, 'hub') });
    try {
      const indexed = await hub.db
        .selectFrom('practices')
        .innerJoin('search_documents', 'search_documents.id', 'practices.id')
        .select(['practices.slug', 'practices.status'])
        .orderBy('practices.slug')
        .execute();
      assert.deepEqual(
        indexed,
        [...slugs].sort().map((slug) => ({ slug, status: 'published' })),
      );
    } finally {
      await hub.close();
    }
  });

  it('names a bad line with its reason and loads nothing', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify(practiceInput({ slug: 'command-day-centre-muscat' }))}\n{"title": "Respite\n`,
    );
    const run = runImport(join(dir, 'bad-hub'), [file]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^line 2: not valid JSON/m);
    assert.match(run.stderr, /1 bad line\(s\): nothing was loaded\./);
    assert.doesNotMatch(run.stdout, /Loaded/);
    const hub = openDatabase({ databaseUrl: undefined, dataDir: join(dir, 'bad-hub') });
    try {
      assert.deepEqual(await hub.db.selectFrom('practices').select('slug').execute(), []);
    } finally {
      await hub.close();
    }
  });

  it('says how to call it without a file, and names a file it cannot read', () => {
    const usage = runImport(join(dir, 'no-hub'), []);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage: npm run practices:import -- FILE\.jsonl/);
    const missing = runImport(join(dir, 'no-hub'), [join(dir, 'missing.jsonl')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read .*missing\.jsonl/);
  });
});
