import { createMiddleware } from 'hono/factory';
import { readEditableWordings } from '../core/editable-texts.ts';
import { withSiteTextWordings } from '../i18n/site-text-overlay.ts';
import type { TDb } from '../platform/db/database.ts';
import type { TAppEnv } from './app-env.ts';

/**
 * Runs each request inside the secretariat's wordings of page texts and category names (docs/adr/0099),
 * read once per content change: labels and page texts rendered anywhere below find them.
 */
export function siteTextsMiddleware(db: TDb) {
  return createMiddleware<TAppEnv>(async (_c, next) => {
    const wordings = await readEditableWordings(db);
    await withSiteTextWordings(wordings, () => next());
  });
}
