import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Uploaded files on disk, under DATA_DIR/uploads. Files get random names (never the uploader's),
 * spread over 256 sub-folders; the database keeps the original name, type and hash. Nothing here is
 * ever served straight from the folder: routes read a file by key after checking who asks, and set
 * the type, `nosniff` and (for documents) `Content-Disposition: attachment` themselves.
 */
export type TStoredFile = { key: string; byteSize: number; sha256: string };

const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{40}$/;

export class FileStorage {
  constructor(private readonly root: string) {}

  static forDataDir(dataDir: string): FileStorage {
    return new FileStorage(join(dataDir, 'uploads'));
  }

  async save(bytes: Uint8Array): Promise<TStoredFile> {
    const name = randomBytes(20).toString('hex');
    const key = `${name.slice(0, 2)}/${name}`;
    await mkdir(join(this.root, name.slice(0, 2)), { recursive: true });
    await writeFile(join(this.root, key), bytes, { flag: 'wx', mode: 0o600 });
    return { key, byteSize: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
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
}

/** A file name safe for a Content-Disposition header: ASCII fallback plus the UTF-8 original. */
export function attachmentHeader(originalName: string): string {
  const cleaned = originalName.replace(/[\r\n"\\/]/g, '_').slice(0, 150) || 'file';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}
