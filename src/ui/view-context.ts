import type { Context } from 'hono';
import type { TAppEnv, TCurrentUser } from '../http/app-env.ts';
import { takeFlash } from '../http/flash.ts';
import type { TTranslator } from '../i18n/translator.ts';

/** Everything a page component needs from the request, and nothing else. */
export type TViewContext = {
  i18n: TTranslator;
  t: TTranslator['t'];
  locale: TTranslator['locale'];
  /** The path after the locale ("/sign-in"), so the language switcher keeps the page. */
  localPath: string;
  /** The query string including "?", kept by the language switcher. */
  search: string;
  user: TCurrentUser | null;
  csrfToken: string;
  flash: string | null;
  /** A link inside the current language: href('/sign-in') → "/ar/sign-in". */
  href(path: string): string;
};

export function viewContext(c: Context<TAppEnv>): TViewContext {
  const i18n = c.get('i18n');
  const locale = i18n.locale;
  const url = new URL(c.req.url);
  return {
    i18n,
    t: i18n.t,
    locale,
    localPath: c.get('localPath'),
    search: url.search,
    user: c.get('user'),
    csrfToken: c.get('csrfToken'),
    flash: takeFlash(c),
    href: (path: string) => `/${locale}${path.startsWith('/') ? path : `/${path}`}`,
  };
}
