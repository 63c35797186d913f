import { createMiddleware } from 'hono/factory';

/**
 * Headers every response carries. The CSP allows no inline script or style at all: pages load
 * /static files only, so an injected <script> or style attribute does nothing.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The security headers as a plain record (the page cache replays them without a Headers object). */
export function securityHeaderRecord(options: { isHttps: boolean }): Readonly<Record<string, string>> {
  return Object.freeze({
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    ...(options.isHttps ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  });
}

export function securityHeaders(options: { isHttps: boolean }) {
  const record = Object.entries(securityHeaderRecord(options));
  return createMiddleware(async (c, next) => {
    await next();
    const h = c.res.headers;
    // A route may set a stricter header of its own (uploaded files get a sandboxing CSP): keep it.
    for (const [name, value] of record) if (!h.has(name)) h.set(name, value);
  });
}
