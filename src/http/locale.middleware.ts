import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { isLocale, negotiateLocale } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { TAppEnv } from './app-env.ts';

export const localeCookieName = 'carehub_locale';

/**
 * Chooses the interface language: the URL's first segment when it names one ("/ar/…"), else the
 * remembered cookie, else Accept-Language. A language chosen by URL is remembered for next time.
 */
export function localeSelection(options: { isSecureCookie: boolean }) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    const path = c.req.path;
    const first = path.split('/')[1];
    const remembered = getCookie(c, localeCookieName);
    if (isLocale(first)) {
      c.set('i18n', translator(first));
      c.set('localPath', path.slice(first.length + 1) || '/');
      if (remembered !== first) {
        setCookie(c, localeCookieName, first, {
          path: '/',
          sameSite: 'Lax',
          secure: options.isSecureCookie,
          maxAge: 60 * 60 * 24 * 365,
        });
      }
    } else {
      const locale = isLocale(remembered) ? remembered : negotiateLocale(c.req.header('accept-language'));
      c.set('i18n', translator(locale));
      c.set('localPath', '/');
    }
    await next();
  });
}
