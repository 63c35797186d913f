import type { Context } from 'hono';
import type { TAppEnv } from './app-env.ts';

/** The language chosen for "/" (cookie, then Accept-Language), as set by the locale middleware. */
export function localeOf(c: Context<TAppEnv>): string {
  return c.get('i18n').locale;
}
