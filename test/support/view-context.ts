import type { TLocale } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/translator.ts';
import type { TViewContext } from '../../src/ui/view-context.ts';

/** What a page component reads, in one language, for rendering a component alone (no request, no one signed in). */
export function testViewContext(locale: TLocale = 'en'): TViewContext {
  const i18n = translator(locale);
  return {
    i18n,
    t: i18n.t,
    locale,
    localPath: '/',
    search: '',
    user: null,
    csrfToken: 'token',
    flash: null,
    href: (path) => `/${locale}${path}`,
  };
}
