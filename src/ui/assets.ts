import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The static files (CSS, JS, icons), read once, fingerprinted by content hash and compressed ahead of
 * time. URLs carry the hash, so browsers may keep them for a year.
 */
export type TAsset = {
  name: string;
  url: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  brotli: Uint8Array<ArrayBuffer>;
  etag: string;
};

const staticDir = join(fileURLToPath(new URL('.', import.meta.url)), 'static');

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function loadAssets(): Map<string, TAsset> {
  const assets = new Map<string, TAsset>();
  for (const name of readdirSync(staticDir)) {
    const body = readFileSync(join(staticDir, name));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const ext = extname(name);
    const url = `/static/${name.slice(0, -ext.length)}.${hash}${ext}`;
    assets.set(name, {
      name,
      url,
      contentType: contentTypes[ext] ?? 'application/octet-stream',
      body: new Uint8Array(body),
      gzip: new Uint8Array(gzipSync(body, { level: 9 })),
      brotli: new Uint8Array(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
      etag: `"${hash}"`,
    });
  }
  return assets;
}

let assets: Map<string, TAsset> | undefined;
let byUrl: Map<string, TAsset> | undefined;

export function allAssets(): Map<string, TAsset> {
  if (!assets) {
    assets = loadAssets();
    byUrl = new Map([...assets.values()].map((a) => [a.url, a]));
  }
  return assets;
}

export function assetUrl(name: string): string {
  const asset = allAssets().get(name);
  if (!asset) throw new Error(`Unknown asset ${name}`);
  return asset.url;
}

export function assetByUrl(url: string): TAsset | undefined {
  allAssets();
  return byUrl?.get(url);
}
