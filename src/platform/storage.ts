import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AwsClient } from 'aws4fetch';
import type { TDatabaseHandle, TDb } from './db/database.ts';

/**
 * Uploaded files (letters, practice files, evidence, logos, pictures, campaign materials), kept by a key.
 * Files get random keys (never the uploader's name), "xx/<40 hex>"; the database keeps the original
 * name, type and hash beside the key. Nothing here is ever served straight from the store: routes read
 * a file by key after checking who asks, and set the type, `nosniff` and (for documents)
 * `Content-Disposition: attachment` themselves.
 *
 * Where the bytes live (docs/adr/0027-file-stores.md), one interface for the three:
 * - on disk under DATA_DIR/uploads: the SQLite hub, one node;
 * - in the database (table `stored_files`, migration 0031) on PostgreSQL (DATABASE_URL), so every node
 *   of the hub reads what any node saved;
 * - in an S3-compatible bucket when S3_URL is set (any database).
 * A database or S3 store also reads files a hub saved on disk before it moved (DATA_DIR/uploads).
 */
export type TStoredFile = { key: string; byteSize: number; sha256: string };
export type TStoredEntry = { key: string; savedAt: Date };

async function* keysOf(entries: AsyncIterable<TStoredEntry>): AsyncIterable<string> {
  for await (const entry of entries) yield entry.key;
}

export interface TFileStore {
  readonly kind: 'disk' | 'database' | 's3';
  save(bytes: Uint8Array): Promise<TStoredFile>;
  /** The bytes, or null for an unknown or malformed key. */
  read(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  /** Every key in the store (backups, sweeps of files no record points at). */
  keys(): AsyncIterable<string>;
  /** Every key with the time its file was saved (the orphan sweep spares files younger than its grace). */
  entries(): AsyncIterable<TStoredEntry>;
  /** Puts bytes under a key chosen earlier (restoring a backup). */
  put(key: string, bytes: Uint8Array): Promise<void>;
}

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{40}$/;

export function isFileKey(key: string): boolean {
  return keyPattern.test(key);
}

function newFile(bytes: Uint8Array): TStoredFile {
  const name = randomBytes(20).toString('hex');
  return {
    key: `${name.slice(0, 2)}/${name}`,
    byteSize: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Files on disk, spread over 256 sub-folders. */
export class DiskFileStore implements TFileStore {
  readonly kind = 'disk';

  constructor(private readonly root: string) {}

  static forDataDir(dataDir: string): DiskFileStore {
    return new DiskFileStore(join(dataDir, 'uploads'));
  }

  async save(bytes: Uint8Array): Promise<TStoredFile> {
    const file = newFile(bytes);
    await this.put(file.key, bytes, 'wx');
    return file;
  }

  async put(key: string, bytes: Uint8Array, flag = 'w'): Promise<void> {
    if (!keyPattern.test(key)) throw new Error('malformed file key');
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    await writeFile(join(this.root, key), bytes, { flag, mode: 0o600 });
  }

  async read(key: string): Promise<Buffer | null> {
    if (!keyPattern.test(key)) return null;
    try {
      return await readFile(join(this.root, key));
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    if (!keyPattern.test(key)) return;
    await rm(join(this.root, key), { force: true });
  }

  keys(): AsyncIterable<string> {
    return keysOf(this.entries());
  }

  async *entries(): AsyncIterable<TStoredEntry> {
    let folders: string[];
    try {
      folders = (await readdir(this.root)).sort();
    } catch {
      return;
    }
    for (const folder of folders) {
      let names: string[] = [];
      try {
        names = (await readdir(join(this.root, folder))).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const key = `${folder}/${name}`;
        if (!keyPattern.test(key)) continue;
        const info = await stat(join(this.root, key)).catch(() => null);
        if (info) yield { key, savedAt: info.mtime };
      }
    }
  }
}

/** Files as rows of `stored_files` in the hub's database (bytea on PostgreSQL, blob on SQLite). */
export class DatabaseFileStore implements TFileStore {
  readonly kind = 'database';

  constructor(
    private readonly db: TDb,
    private readonly earlier?: TFileStore,
  ) {}

  async save(bytes: Uint8Array): Promise<TStoredFile> {
    const file = newFile(bytes);
    await this.db
      .insertInto('stored_files')
      .values({
        key: file.key,
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        byte_size: file.byteSize,
        created_at: new Date().toISOString(),
      })
      .execute();
    return file;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    if (!keyPattern.test(key)) throw new Error('malformed file key');
    const row = {
      key,
      bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      byte_size: bytes.byteLength,
      created_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('stored_files')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ bytes: row.bytes, byte_size: row.byte_size }))
      .execute();
  }

  async read(key: string): Promise<Buffer | null> {
    if (!keyPattern.test(key)) return null;
    const row = await this.db
      .selectFrom('stored_files')
      .select('bytes')
      .where('key', '=', key)
      .executeTakeFirst();
    if (row) return Buffer.from(row.bytes);
    return (await this.earlier?.read(key)) ?? null;
  }

  async remove(key: string): Promise<void> {
    if (!keyPattern.test(key)) return;
    await this.db.deleteFrom('stored_files').where('key', '=', key).execute();
    await this.earlier?.remove(key);
  }

  keys(): AsyncIterable<string> {
    return keysOf(this.entries());
  }

  async *entries(): AsyncIterable<TStoredEntry> {
    let after = '';
    for (;;) {
      const rows = await this.db
        .selectFrom('stored_files')
        .select(['key', 'created_at'])
        .where('key', '>', after)
        .orderBy('key')
        .limit(500)
        .execute();
      for (const row of rows) yield { key: row.key, savedAt: new Date(row.created_at) };
      const last = rows.at(-1);
      if (!last) break;
      after = last.key;
    }
    if (this.earlier) yield* this.earlier.entries();
  }
}

/**
 * Files as objects in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph…), path-style addressing.
 * S3_URL names the endpoint, the bucket and the credentials:
 * `https://ACCESS_KEY:SECRET@s3.example.org/bucket?region=eu-west-1` (region defaults to us-east-1).
 */
export class S3FileStore implements TFileStore {
  readonly kind = 's3';
  readonly #client: AwsClient;
  readonly #bucketUrl: string;

  constructor(
    s3Url: string,
    private readonly earlier?: TFileStore,
  ) {
    const url = new URL(s3Url);
    const bucket = url.pathname.replace(/^\/+|\/+$/g, '');
    if (!bucket) throw new Error('S3_URL must name a bucket: https://KEY:SECRET@host/bucket');
    this.#client = new AwsClient({
      accessKeyId: decodeURIComponent(url.username),
      secretAccessKey: decodeURIComponent(url.password),
      service: 's3',
      region: url.searchParams.get('region') ?? 'us-east-1',
      retries: 2,
    });
    this.#bucketUrl = `${url.protocol}//${url.host}/${bucket}`;
  }

  async save(bytes: Uint8Array): Promise<TStoredFile> {
    const file = newFile(bytes);
    await this.put(file.key, bytes);
    return file;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    if (!keyPattern.test(key)) throw new Error('malformed file key');
    const response = await this.#client.fetch(`${this.#bucketUrl}/${key}`, {
      method: 'PUT',
      body: new Uint8Array(bytes),
      headers: { 'content-type': 'application/octet-stream' },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`S3 PUT answered ${response.status}`);
  }

  async read(key: string): Promise<Buffer | null> {
    if (!keyPattern.test(key)) return null;
    const response = await this.#client.fetch(`${this.#bucketUrl}/${key}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.ok) return body;
    if (response.status !== 404) throw new Error(`S3 GET answered ${response.status}`);
    return (await this.earlier?.read(key)) ?? null;
  }

  async remove(key: string): Promise<void> {
    if (!keyPattern.test(key)) return;
    const response = await this.#client.fetch(`${this.#bucketUrl}/${key}`, { method: 'DELETE' });
    await response.arrayBuffer();
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE answered ${response.status}`);
    await this.earlier?.remove(key);
  }

  keys(): AsyncIterable<string> {
    return keysOf(this.entries());
  }

  async *entries(): AsyncIterable<TStoredEntry> {
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ 'list-type': '2', 'max-keys': '1000' });
      if (token) query.set('continuation-token', token);
      const response = await this.#client.fetch(`${this.#bucketUrl}?${query}`);
      const xml = await response.text();
      if (!response.ok) throw new Error(`S3 list answered ${response.status}`);
      for (const match of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const body = match[1] ?? '';
        const key = /<Key>([^<]*)<\/Key>/.exec(body)?.[1] ?? '';
        const modified = /<LastModified>([^<]*)<\/LastModified>/.exec(body)?.[1];
        if (keyPattern.test(key)) yield { key, savedAt: modified ? new Date(modified) : new Date() };
      }
      const next = /<IsTruncated>true<\/IsTruncated>/.test(xml)
        ? /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1]
        : undefined;
      token = next ? next.replace(/&amp;/g, '&') : undefined;
    } while (token);
    if (this.earlier) yield* this.earlier.entries();
  }
}

/**
 * The hub's store: S3 when S3_URL is set, the database when DATABASE_URL is (several nodes share it),
 * disk otherwise. Files saved on disk before a move stay readable.
 */
export function openFileStore(options: {
  s3Url: string | undefined;
  dataDir: string;
  database: TDatabaseHandle;
}): TFileStore {
  const disk = DiskFileStore.forDataDir(options.dataDir);
  if (options.s3Url) return new S3FileStore(options.s3Url, disk);
  if (options.database.dialect === 'postgres') return new DatabaseFileStore(options.database.db, disk);
  return disk;
}

/**
 * A Content-Disposition header for a download: an ASCII name for old clients (accents dropped,
 * other scripts left out: "Bogotá.csv" → "Bogota.csv", an Arabic title → "download.ics") and the
 * real UTF-8 name in filename*, which every current browser uses.
 */
export function attachmentHeader(
  originalName: string,
  options: { disposition?: 'attachment' | 'inline'; fallback?: string } = {},
): string {
  const cleaned = originalName.replace(/[\r\n"\\/]/g, '_').slice(0, 150) || 'file';
  const dot = cleaned.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [cleaned.slice(0, dot), cleaned.slice(dot)] : [cleaned, ''];
  const asciiOf = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-\s]+|[-\s]+$/g, '');
  const asciiStem = /[A-Za-z0-9]/.test(asciiOf(stem)) ? asciiOf(stem) : (options.fallback ?? 'download');
  const ascii = `${asciiStem}${asciiOf(extension)}`;
  return `${options.disposition ?? 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}
