import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compressible = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|ld\+json|javascript)|image\/svg)/;

/** Compresses dynamic text responses with brotli (fast setting) or gzip, whichever the client takes. */
export function compression(minBytes = 1024) {
  return createMiddleware(async (c, next) => {
    await next();
    const res = c.res;
    const accepted = c.req.header('accept-encoding') ?? '';
    if (!accepted || c.req.method === 'HEAD' || res.headers.has('content-encoding') || !res.body) return;
    if (!compressible.test(res.headers.get('content-type') ?? '')) return;
    const useBrotli = /\bbr\b/.test(accepted);
    if (!useBrotli && !/\bgzip\b/.test(accepted)) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.append('Vary', 'Accept-Encoding');
    if (body.byteLength < minBytes) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const encoded = useBrotli
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : await gzipAsync(body, { level: 6 });
    headers.set('Content-Encoding', useBrotli ? 'br' : 'gzip');
    headers.set('Content-Length', String(encoded.byteLength));
    c.res = new Response(encoded, { status: res.status, headers });
  });
}
