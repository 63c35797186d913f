import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { translator } from '../../i18n/translator.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { renderPage } from '../../ui/render.ts';
import { redirectToEvent } from './event-flash.ts';
import {
  attendeesCsv,
  cancelOwnRegistration,
  cancelRegistration,
  findRegistrationByToken,
  readAttendees,
} from './event-registrations.service.ts';
import { readReaderZone } from './reader-zone.ts';
import { AttendeesPage } from './views/attendees-page.tsx';
import { RegistrationPage } from './views/registration-page.tsx';

/**
 * A registration's secret-link page (status, cancel), cancelling one's own registration when signed
 * in, and the organiser's attendee list (page and CSV).
 */
export function eventRegistrationsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  async function byToken(slug: string, token: string) {
    const found = await findRegistrationByToken(deps, token);
    if (!found || found.event.slug !== slug) throw new AppError('not_found');
    return found;
  }

  web.get('/events/:slug/registration/:token', async (c) => {
    const { slug, token } = c.req.param();
    const found = await byToken(slug, token);
    const ctx = viewContext(c);
    return renderPage(
      c,
      <RegistrationPage
        ctx={ctx}
        event={found.event}
        registration={found.registration}
        position={found.position}
        readerZone={readReaderZone(c)}
        action={ctx.href(`/events/${encodeURIComponent(slug)}/registration/${token}/cancel`)}
      />,
    );
  });

  web.post('/events/:slug/registration/:token/cancel', async (c) => {
    const { slug, token } = c.req.param();
    const found = await byToken(slug, token);
    await cancelRegistration(deps, found.registration, {
      actorId: c.get('user')?.id ?? null,
      requestId: c.get('requestId'),
    });
    return redirectToEvent(c, slug, 'events.flash.registrationCancelled', `/registration/${token}`);
  });

  web.post('/events/:slug/unregister', async (c) => {
    const actor = c.var.actor;
    const slug = c.req.param('slug');
    await cancelOwnRegistration(deps, actor, slug, { requestId: c.get('requestId') });
    return redirectToEvent(c, slug, 'events.flash.registrationCancelled');
  });

  web.get('/events/:slug/attendees', async (c) => {
    const actor = c.var.actor;
    const { event, registrations, counts } = await readAttendees(deps, actor, c.req.param('slug'));
    return renderPage(
      c,
      <AttendeesPage ctx={viewContext(c)} event={event} registrations={registrations} counts={counts} />,
    );
  });

  web.get('/events/:slug/attendees.csv', async (c) => {
    const actor = c.var.actor;
    const { event, registrations } = await readAttendees(deps, actor, c.req.param('slug'));
    const { t } = translator(viewContext(c).locale);
    const csv = attendeesCsv(event, registrations, {
      name: t('events.attendees.name'),
      email: t('events.attendees.email'),
      status: t('events.attendees.status'),
      registeredAt: t('events.attendees.registeredAt'),
      statusLabel: (s) => t(`events.registrationStatus.${s}`),
    });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentHeader(`${event.slug}-attendees.csv`, { fallback: 'attendees' }),
      'Cache-Control': 'no-store',
    });
  });

  return web;
}
