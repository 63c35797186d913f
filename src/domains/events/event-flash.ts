import type { Context } from 'hono';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { viewContext } from '../../http/view-context.ts';

/** After a POST: back to an event's page, or a page under it ("/outcome/edit"), with a message it shows once. */
export function redirectToEvent(c: Context<TAppEnv>, slug: string, messageKey: string, under = ''): Response {
  return redirectWithFlash(c, viewContext(c).href(`/events/${encodeURIComponent(slug)}${under}`), messageKey);
}
