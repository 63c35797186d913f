import { localeTags } from '../i18n/locales.ts';

/** The route prefix every page lives under: "/:locale{en|es|…}". Unknown languages fall through to 404. */
export const localePrefix = `/:locale{${localeTags.join('|')}}`;
