import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { TLogger } from '../platform/logger.ts';
import type { TAppEnv } from './app-env.ts';

/** Gives each request an id, a child logger that carries it, and the client address; logs the outcome. */
export function requestContext(logger: TLogger, options: { isProxyTrusted: boolean }) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('clientIp', clientAddress(c, options.isProxyTrusted));
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
}

function clientAddress(
  c: Parameters<Parameters<typeof createMiddleware<TAppEnv>>[0]>[0],
  isProxyTrusted: boolean,
) {
  if (isProxyTrusted) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}
