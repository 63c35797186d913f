import { createMiddleware } from 'hono/factory';
import { AppError } from '../platform/errors.ts';
import type { TAppEnv } from './app-env.ts';

export type TBodyLimitRule = { pattern: RegExp; maxBytes: number };

/**
 * Refuses request bodies over the limit with 413 before they are read. Routes that take uploads
 * register a larger limit by path pattern; everything else gets the default.
 */
export function bodyLimit(defaultMaxBytes: number, rules: readonly TBodyLimitRule[] = []) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.req.raw.body) return next();
    const maxBytes = rules.find((r) => r.pattern.test(c.req.path))?.maxBytes ?? defaultMaxBytes;
    c.set('bodyLimitBytes', maxBytes);
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) throw new AppError('payload_too_large');
    if (!Number.isFinite(declared)) {
      // Chunked body: count as it streams and stop at the limit.
      const reader = c.req.raw.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          throw new AppError('payload_too_large');
        }
        chunks.push(value);
      }
      c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks), duplex: 'half' } as RequestInit);
    }
    return next();
  });
}
