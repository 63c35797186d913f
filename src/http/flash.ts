import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const flashCookieName = 'carehub_flash';

/** Redirects after a successful POST (303) and shows a one-time, translated notice on the next page. */
export function redirectWithFlash(c: Context, location: string, messageKey: string): Response {
  setCookie(c, flashCookieName, messageKey, { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 60 });
  return c.redirect(location, 303);
}

/**
 * Reads and clears the notice. Only message keys of the form "flash.<name>" or
 * "<namespace>.flash.<name>" are accepted, so a crafted cookie can show nothing else.
 */
export function takeFlash(c: Context): string | null {
  const value = getCookie(c, flashCookieName);
  if (!value) return null;
  deleteCookie(c, flashCookieName, { path: '/' });
  return /^(?:[a-zA-Z]+\.)?flash\.[\w.]+$/.test(value) ? value : null;
}
