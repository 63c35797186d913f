import type { Hono } from 'hono';
import { assetByUrl } from '../ui/assets.ts';
import type { TAppEnv } from './app-env.ts';

/** Serves fingerprinted assets with immutable caching and the best encoding the browser accepts. */
export function mountStatic(app: Hono<TAppEnv>): void {
  app.get('/static/:file', (c) => {
    const asset = assetByUrl(c.req.path);
    if (!asset) return c.notFound();
    const headers: Record<string, string> = {
      'Content-Type': asset.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: asset.etag,
      Vary: 'Accept-Encoding',
    };
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, headers);
    const accepted = c.req.header('accept-encoding') ?? '';
    if (/\bbr\b/.test(accepted)) return c.body(asset.brotli, 200, { ...headers, 'Content-Encoding': 'br' });
    if (/\bgzip\b/.test(accepted)) return c.body(asset.gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
    return c.body(asset.body, 200, headers);
  });
}
