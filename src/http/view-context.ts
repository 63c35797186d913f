import type { Context } from 'hono';
import type { TViewContext } from '../ui/view-context.ts';
import type { TAppEnv } from './app-env.ts';
import { takeFlash } from './flash.ts';

/** The view context of this request; reading it takes (and clears) the one-time flash message. */
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
