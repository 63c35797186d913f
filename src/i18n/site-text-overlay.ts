import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The wordings the secretariat gave to the hub's own texts (page texts and category names, stored as site
 * texts, docs/adr/0099), for the request being answered: site-text key → locale → text. The middleware
 * (http/site-texts.middleware.ts) runs each request inside the wordings of its own database, so labels
 * read deep in views (`conceptLabel`) find them without a parameter, and two hubs in one process (tests)
 * never see each other's. Outside a request (mail, jobs) there are none: the built-in texts stand.
 */
export type TSiteTextWordings = ReadonlyMap<string, ReadonlyMap<string, string>>;

const storage = new AsyncLocalStorage<TSiteTextWordings>();

export function withSiteTextWordings<T>(wordings: TSiteTextWordings, run: () => T): T {
  return storage.run(wordings, run);
}

/** The secretariat's wording of this text in this language, if it gave one. */
export function siteTextWording(key: string, locale: string): string | undefined {
  return storage.getStore()?.get(key)?.get(locale);
}

/** Every language the secretariat worded this text in: locale → text (empty when none). */
export function siteTextWordingsOf(key: string): ReadonlyMap<string, string> {
  return storage.getStore()?.get(key) ?? new Map();
}
