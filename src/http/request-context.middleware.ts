import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import type { TLogger } from '../platform/logger.ts';
import type { TAppEnv } from './app-env.ts';

/** Gives each request an id, a child logger that carries it, and the client address; logs the outcome. */
export function requestContext(logger: TLogger, options: { trustedProxyHops: number }) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('clientIp', clientAddress(c, options.trustedProxyHops));
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
  trustedProxyHops: number,
) {
  const forwarded =
    trustedProxyHops > 0 ? forwardedClient(c.req.header('x-forwarded-for'), trustedProxyHops) : null;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}

/**
 * The client's address from X-Forwarded-For behind `hops` trusted proxies. Each proxy appends the
 * address it was reached from, so only the right-most `hops` entries were written by a proxy we
 * trust; everything to their left came from the client and may be made up. The entry a trusted proxy
 * wrote about its own caller is the `hops`-th from the right. A value that is not an IP address is
 * ignored (the socket's address is used).
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  if (!header) return null;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const candidate = entries[Math.max(0, entries.length - hops)] ?? '';
  return isIP(candidate) ? candidate : null;
}
