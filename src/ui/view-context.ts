import type { TCurrentUser } from '../core/actor.ts';
import type { TTranslator } from '../i18n/translator.ts';

/**
 * Everything a page component needs from the request, and nothing else. Built per request by
 * `http/view-context.ts`; views only read it, so ui/ never touches the request itself.
 */
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
