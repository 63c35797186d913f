import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { currentContentVersion } from '../platform/content-version.ts';
import type { TAppEnv } from './app-env.ts';
import { localeCookieName } from './locale.middleware.ts';

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
 * no query string). A hit skips locale, session and CSRF work and the rendering itself: the busiest
 * pages then cost little more than sending bytes. Entries expire after `ttlMs` or when the content
 * version moves (see src/platform/content-version.ts). Each encoding is cached on its own.
 * See docs/adr/0007-anonymous-page-cache.md.
 */
export function anonymousPageCache(options: {
  isCacheable(path: string): boolean;
  ttlMs: number;
  maxEntries?: number;
}) {
  const entries = new Map<string, TCachedPage>();
  const maxEntries = options.maxEntries ?? 200;
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
      const headers: Record<string, string> = { ...hit.headers, 'X-Request-Id': c.get('requestId') };
      const locale = path.split('/')[1] ?? '';
      if (locale && getCookie(c, localeCookieName) !== locale) {
        headers['Set-Cookie'] = `${localeCookieName}=${locale}; Max-Age=31536000; Path=/; SameSite=Lax`;
      }
      return c.body(hit.body, 200, headers);
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
