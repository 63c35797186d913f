import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleModule } from './module-bundle.mjs';

const fixture = fileURLToPath(new URL('../../test/fixtures/own-address.ts', import.meta.url));

describe('a module bundled to run without tsx', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'carehub-bundle-'));
  after(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('keeps its own address, folder and file name though it runs from elsewhere', async () => {
    const bundle = await bundleModule(fixture, cacheDir, 'test');
    assert.ok(fileURLToPath(bundle).startsWith(cacheDir));
    const { where } = (await import(bundle.href)) as { where: Record<string, string> };
    assert.deepEqual(where, {
      url: pathToFileURL(fixture).href,
      dirname: dirname(fixture),
      filename: fixture,
    });
  });

  it('writes one file for the same sources', async () => {
    const first = await bundleModule(fixture, cacheDir, 'test');
    const second = await bundleModule(fixture, cacheDir, 'test');
    assert.equal(first.href, second.href);
  });
});
