import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

export const sessionCookieName = 'carehub_session';

export function setSessionCookie(
  c: Context,
  token: string,
  options: { days: number; isSecure: boolean },
): void {
  setCookie(c, sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: options.isSecure,
    maxAge: options.days * 86_400,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName, { path: '/' });
}
