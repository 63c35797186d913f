import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase, tuneForBulkWrites } from './database.ts';

describe('a SQLite connection tuned for bulk writes (the import, ADR 0128)', () => {
  it('checkpoints every 10,000 pages; the hub’s own connections keep the default 1,000', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carehub-bulk-'));
    const hub = openDatabase({ databaseUrl: undefined, dataDir: dir });
    const importer = openDatabase({ databaseUrl: undefined, dataDir: dir });
    try {
      tuneForBulkWrites(importer);
      const settings = (handle: typeof hub) => {
        assert.equal(handle.native.dialect, 'sqlite');
        if (handle.native.dialect !== 'sqlite') return undefined;
        return handle.native.sqlite.pragma('wal_autocheckpoint', { simple: true });
      };
      assert.equal(settings(importer), 10000);
      assert.equal(settings(hub), 1000);
    } finally {
      await hub.close();
      await importer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
