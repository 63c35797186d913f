import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startS3Server, type TS3Server } from '../../test/support/s3-server.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../test/support/test-database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { DatabaseFileStore, DiskFileStore, openFileStore, S3FileStore, type TFileStore } from './storage.ts';

async function allKeys(store: TFileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.keys()) keys.push(key);
  return keys.sort();
}

/** What every store must do, whatever holds the bytes. */
async function checkStore(store: TFileStore): Promise<void> {
  const letter = new TextEncoder().encode('%PDF-1.7 a letter of support\n');
  const saved = await store.save(letter);
  assert.match(saved.key, /^[0-9a-f]{2}\/[0-9a-f]{40}$/);
  assert.equal(saved.byteSize, letter.byteLength);
  assert.equal(saved.sha256, createHash('sha256').update(letter).digest('hex'));
  assert.deepEqual(new Uint8Array((await store.read(saved.key)) ?? []), letter);

  // Binary content comes back byte for byte (every byte value, and more than one chunk).
  const picture = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
  const second = await store.save(picture);
  assert.equal(Buffer.compare((await store.read(second.key)) ?? Buffer.alloc(0), Buffer.from(picture)), 0);
  assert.deepEqual(await allKeys(store), [saved.key, second.key].sort());

  // Unknown and malformed keys read as nothing; nothing outside the store can be named.
  assert.equal(await store.read('ab/0000000000000000000000000000000000000000'), null);
  assert.equal(await store.read('../../etc/passwd'), null);

  await store.remove(saved.key);
  assert.equal(await store.read(saved.key), null);
  await store.remove(saved.key);
  assert.deepEqual(await allKeys(store), [second.key]);

  // A restore puts bytes back under their old key.
  await store.put(saved.key, letter);
  assert.deepEqual(new Uint8Array((await store.read(saved.key)) ?? []), letter);
  await store.remove(saved.key);
  await store.remove(second.key);
  assert.deepEqual(await allKeys(store), []);
}

describe(`file stores (${testDialect})`, () => {
  let t: TTestDatabase;
  let s3: TS3Server;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    s3 = await startS3Server();
  });
  after(async () => {
    await s3.close();
    await t.drop();
  });

  it('on disk', async () => {
    await checkStore(DiskFileStore.forDataDir(t.dataDir));
  });

  it(`in the database (${testDialect})`, async () => {
    await checkStore(new DatabaseFileStore(t.handle.db));
  });

  it('in an S3-compatible bucket', async () => {
    await checkStore(new S3FileStore(s3.url));
    // A refused write is an error for the upload, never a key pointing at nothing.
    const missing = new S3FileStore(s3.url.replace(/\/carehub$/, '/no-such-bucket'));
    await assert.rejects(missing.save(new Uint8Array([1, 2, 3])), /S3 PUT answered 404/);
  });

  it('picks S3 when S3_URL is set, the database on PostgreSQL, the disk on SQLite', () => {
    assert.equal(openFileStore({ s3Url: s3.url, dataDir: t.dataDir, database: t.handle }).kind, 's3');
    assert.equal(
      openFileStore({ s3Url: undefined, dataDir: t.dataDir, database: t.handle }).kind,
      testDialect === 'postgres' ? 'database' : 'disk',
    );
  });

  it('a store that replaced the disk still serves files saved on disk before the move', async () => {
    const disk = DiskFileStore.forDataDir(t.dataDir);
    const old = await disk.save(new TextEncoder().encode('saved before the hub moved'));
    for (const store of [new DatabaseFileStore(t.handle.db, disk), new S3FileStore(s3.url, disk)]) {
      assert.equal((await store.read(old.key))?.toString(), 'saved before the hub moved');
      assert.ok((await allKeys(store)).includes(old.key));
    }
    await new DatabaseFileStore(t.handle.db, disk).remove(old.key);
    assert.equal(await disk.read(old.key), null);
  });
});
