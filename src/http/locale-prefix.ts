import { localeTags } from '../i18n/locales.ts';

/**
 * The route prefix every page lives under: "/:locale{(?:en|es|…)}". Unknown languages fall through to 404.
 * The group matters: Hono's RegExpRouter splices the pattern into a larger expression, where a bare
 * "en|es|…" alternation leaks out and lets "/en" match every "/en/…" path (the home page answered them all).
 */
export const localePrefix = `/:locale{(?:${localeTags.join('|')})}`;
