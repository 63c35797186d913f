import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { calendarFeedIcs, eventIcs } from './event-calendar.service.ts';

/**
 * iCalendar files outside any language prefix, so links stay stable: /events/{slug}.ics for one event
 * and /calendar.ics for a subscribable feed (the calendar page's filters as query parameters).
 */
export function eventCalendarRoutes(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });
  const headers = (file: string) => ({
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': attachmentHeader(file, { disposition: 'inline', fallback: 'event' }),
    'Cache-Control': 'public, max-age=300',
  });

  routes.get('/events/:file{[^/]+\\.ics}', async (c) => {
    const slug = decodeURIComponent(c.req.param('file').slice(0, -'.ics'.length));
    const ics = await eventIcs(deps, c.var.actor, slug);
    if (ics === undefined) return c.notFound();
    const sent = headers(`${slug}.ics`);
    // A community's meeting is for its readers: no shared cache keeps a copy (ADR 0070).
    if (!ics.isListed) sent['Cache-Control'] = 'private, no-store';
    return c.body(ics.text, 200, sent);
  });

  routes.get('/calendar.ics', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const name = c.get('i18n').t('events.calendar.feedName');
    return c.body(await calendarFeedIcs(deps, params, name), 200, headers('carehub-events.ics'));
  });

  return routes;
}
