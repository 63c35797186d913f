import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { sessionCookieName } from './session-cookie.ts';
import { resolveSession } from './sessions.service.ts';

/**
 * Puts the signed-in person (or null) on the request. A missing, malformed, unknown or expired
 * cookie simply means "signed out": never an error page.
 */
export function sessionMiddleware(deps: TDeps) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    const token = getCookie(c, sessionCookieName);
    const resolved = token ? await resolveSession(deps, token) : null;
    c.set('user', resolved?.user ?? null);
    c.set('sessionId', resolved?.sessionId ?? null);
    await next();
  });
}
