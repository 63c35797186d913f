import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { isAppError } from '../platform/errors.ts';
import type { TAppEnv, TCurrentUser } from './app-env.ts';

/** The request facts services record (request id, client address, current session). */
export type TRequestMeta = {
  requestId: string | null;
  clientIp: string;
  /** The session the browser holds now, if any (ended when a new one starts). */
  sessionId: string | null;
};

/** Those facts of this request. */
export function requestMeta(c: Context<TAppEnv>): TRequestMeta {
  return {
    requestId: c.get('requestId') ?? null,
    clientIp: c.get('clientIp'),
    sessionId: c.get('sessionId'),
  };
}

/** "/en/sign-in?next=/en/account": where an anonymous visitor is sent to sign in first. */
export function signInPath(locale: string, next?: string): string {
  return `/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;
}

/**
 * Pages for signed-in people only. Anonymous visitors are sent to sign in and brought back to the
 * page afterwards (a form post cannot be replayed, so it returns to the sign-in page alone).
 */
export const requireSignedIn = createMiddleware<TAppEnv>(async (c, next) => {
  if (c.get('user')) return next();
  const locale = c.get('i18n').locale;
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.redirect(signInPath(locale), 303);
  const url = new URL(c.req.url);
  return c.redirect(signInPath(locale, `${url.pathname}${url.search}`), 302);
});

/** The signed-in person behind requireSignedIn. */
export function currentUser(c: Context<TAppEnv>): TCurrentUser {
  const user = c.get('user');
  if (!user) throw new Error('currentUser() used on a route without requireSignedIn');
  return user;
}

/** The per-field message keys of a refused form (an AppError carrying fieldErrors), or null. */
export function formErrorsOf(error: unknown): Record<string, string> | null {
  if (isAppError(error) && Object.keys(error.fieldErrors).length > 0) return error.fieldErrors;
  return null;
}
