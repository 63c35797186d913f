import { randomUUID } from 'node:crypto';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { currentContentVersion } from '../platform/content-version.ts';
import type { TLogger } from '../platform/logger.ts';
import type { TAppEnv } from './app-env.ts';
import { localeCookieName } from './locale.middleware.ts';
import { securityHeaderRecord } from './security-headers.middleware.ts';

type TCachedPage = {
  version: number;
  expiresAt: number;
  status: number;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
};

/** Headers a cached page may replay; cookies and request ids are per visitor and never stored. */
const replayedHeaders = new Set([
  'content-type',
  'content-encoding',
  'vary',
  'cache-control',
  'content-language',
]);

/**
 * A short-lived cache of whole public pages for anonymous visitors (no session, no one-time notice,
 * no query string). It runs first: a hit skips every other middleware (request context, locale,
 * session, CSRF) and the rendering itself, and answers with one plain header record — the security
 * headers, the page's own, a request id — so the server writes it without building a Headers object.
 * A hit is still logged with its request id when the log level is "info". Entries expire after
 * `ttlMs` or when the content version moves (see src/platform/content-version.ts). Each encoding is
 * cached on its own. A miss goes down the usual chain and fills the cache on the way back.
 * See docs/adr/0007-anonymous-page-cache.md.
 */
export function anonymousPageCache(options: {
  isCacheable(path: string): boolean;
  ttlMs: number;
  maxEntries?: number;
  logger: TLogger;
  isHttps: boolean;
}) {
  const entries = new Map<string, TCachedPage>();
  const maxEntries = options.maxEntries ?? 200;
  const security = securityHeaderRecord({ isHttps: options.isHttps });
  const { logger } = options;
  return createMiddleware<TAppEnv>(async (c, next) => {
    // The raw URL, not c.req.path: "/en" (no slash) must still reach its redirect.
    if (c.req.method !== 'GET' || c.req.url.includes('?') || !c.req.url.endsWith('/')) return next();
    const cookie = c.req.header('cookie');
    if (cookie && (cookie.includes('carehub_session=') || cookie.includes('carehub_flash='))) return next();
    const path = c.req.path;
    if (!options.isCacheable(path)) return next();
    const key = `${path}|${encodingOf(c.req.header('accept-encoding'))}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now && hit.version === currentContentVersion()) {
      const incoming = c.req.header('x-request-id');
      const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      const headers: Record<string, string> = { ...security, ...hit.headers, 'X-Request-Id': requestId };
      const locale = path.split('/')[1] ?? '';
      if (locale && (!cookie || getCookie(c, localeCookieName) !== locale)) {
        headers['Set-Cookie'] = `${localeCookieName}=${locale}; Max-Age=31536000; Path=/; SameSite=Lax`;
      }
      if (logger.isLevelEnabled('info')) {
        logger.info({ requestId, method: 'GET', path, status: 200, ms: 0, cache: 'hit' }, 'request');
      }
      return new Response(hit.body, { status: 200, headers });
    }
    const version = currentContentVersion();
    await next();
    const res = c.res;
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('text/html')) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (entries.size >= maxEntries) entries.clear();
    entries.set(key, {
      version,
      expiresAt: now + options.ttlMs,
      status: res.status,
      body,
      headers: Object.fromEntries(
        [...res.headers].filter(([name]) => replayedHeaders.has(name.toLowerCase())),
      ),
    });
  });
}

function encodingOf(accepted: string | undefined): string {
  if (!accepted) return 'identity';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}
