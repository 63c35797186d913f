import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { canonicalTimeZone } from '../../platform/time-zones.ts';

/**
 * The reader's time zone, kept in a cookie: chosen on /time-zone ("Europe/Warsaw"), or reported by the
 * browser through a small script when the reader has chosen nothing ("auto:Europe/Warsaw"). A chosen
 * zone is never replaced by the browser's.
 */
export const readerZoneCookie = 'carehub_tz';

export type TReaderZone = { zone: string; isChosen: boolean };

export function readReaderZone(c: Context): TReaderZone | null {
  const raw = getCookie(c, readerZoneCookie);
  if (!raw) return null;
  const isAuto = raw.startsWith('auto:');
  const zone = canonicalTimeZone(decodeURIComponent(isAuto ? raw.slice(5) : raw));
  return zone ? { zone, isChosen: !isAuto } : null;
}

export function rememberReaderZone(c: Context, zone: string, options: { isSecureCookie: boolean }): void {
  setCookie(c, readerZoneCookie, zone, {
    path: '/',
    sameSite: 'Lax',
    secure: options.isSecureCookie,
    maxAge: 60 * 60 * 24 * 365,
  });
}
