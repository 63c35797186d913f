import { createHmac, timingSafeEqual } from 'node:crypto';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../platform/errors.ts';
import { newSecretToken } from '../platform/ids.ts';
import type { TAppEnv } from './app-env.ts';

export const csrfCookieName = 'carehub_csrf';
export const csrfFieldName = '_csrf';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Signed double-submit tokens: a random value in an HttpOnly cookie, and in every form its HMAC (with
 * the session's id) under the server's secret. A forged form cannot know the HMAC; a cookie planted from elsewhere has none.
 * The Origin header, when the browser sends one, must be our own as well.
 */
export function csrfProtection(options: {
  secret: string;
  isSecureCookie: boolean;
  /**
   * Paths whose unsafe requests carry their own proof instead (a signed token in the path): an
   * RFC 8058 one-click unsubscribe is POSTed by the mail provider, with no cookie and no form token.
   */
  exemptPaths?: readonly RegExp[];
}) {
  // The token is bound to the cookie and to the session: a pair taken from one session (an attacker's
  // own, planted in a victim's browser) is refused in any other.
  const sign = (value: string, sessionId: string | null) =>
    createHmac('sha256', options.secret)
      .update(`csrf:${value}:${sessionId ?? 'anonymous'}`)
      .digest('base64url');
  return createMiddleware<TAppEnv>(async (c, next) => {
    let cookieValue = getCookie(c, csrfCookieName);
    if (!cookieValue || !/^[\w-]{43}$/.test(cookieValue)) {
      cookieValue = newSecretToken();
      setCookie(c, csrfCookieName, cookieValue, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: options.isSecureCookie,
        path: '/',
      });
    }
    const expected = sign(cookieValue, c.get('sessionId') ?? null);
    c.set('csrfToken', expected);
    const isExempt = options.exemptPaths?.some((pattern) => pattern.test(c.req.path)) ?? false;
    if (unsafeMethods.has(c.req.method) && !c.req.path.startsWith('/api/') && !isExempt) {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && hostOf(origin) !== new URL(c.req.url).host) {
        throw new AppError('csrf_failed');
      }
      const presented = c.req.header('x-csrf-token') ?? (await readFormToken(c.req.raw.clone()));
      if (!presented || !safeEqual(presented, expected)) throw new AppError('csrf_failed');
    }
    await next();
  });
}

async function readFormToken(request: Request): Promise<string | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data'))
    return undefined;
  try {
    const form = await request.formData();
    const value = form.get(csrfFieldName);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The host of an Origin header, or null when it is not a URL at all ("::::"). */
function hostOf(origin: string): string | null {
  return URL.canParse(origin) ? new URL(origin).host : null;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
