import { type Context, Hono } from 'hono';
import { readUnsubscribeLink, unsubscribeWithToken } from '../core/mail-lists.ts';
import type { TDeps } from '../deps.ts';
import { renderPage } from '../ui/render.ts';
import { MessagePage } from '../ui/views/message-page.tsx';
import { UnsubscribeConfirmPage, UnsubscribedPage } from '../ui/views/unsubscribe-page.tsx';
import type { TAppEnv } from './app-env.ts';
import { viewContext } from './view-context.ts';

/** The path of every unsubscribe link; the CSRF check leaves its POST to the signed token (app.ts). */
export const unsubscribePath = /^\/[a-z]{2}\/unsubscribe\/[\w.-]+\/?$/;

/**
 * /{locale}/unsubscribe/{token} (docs/adr/0054): GET shows what the link stops and a button; POST — that
 * button, or a mail program's RFC 8058 one-click POST (`List-Unsubscribe=One-Click`) — stops it.
 */
export function unsubscribeRoutes(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const invalid = (c: Context<TAppEnv>) => {
    const ctx = viewContext(c);
    return renderPage(
      c,
      <MessagePage
        ctx={ctx}
        title={ctx.t('mail.unsubscribe.invalidTitle')}
        message={ctx.t('mail.unsubscribe.invalidLead')}
      />,
      400,
    );
  };

  web.get('/unsubscribe/:token', async (c) => {
    const ctx = viewContext(c);
    const link = await readUnsubscribeLink(deps.db, deps.secret, c.req.param('token'), c.get('i18n'));
    if (!link.isValid) return invalid(c);
    const action = ctx.href(`/unsubscribe/${c.req.param('token')}`);
    return renderPage(c, <UnsubscribeConfirmPage ctx={ctx} label={link.label} action={action} />);
  });

  web.post('/unsubscribe/:token', async (c) => {
    const token = c.req.param('token');
    const link = await readUnsubscribeLink(deps.db, deps.secret, token, c.get('i18n'));
    if (!link.isValid) return invalid(c);
    await unsubscribeWithToken(deps.db, deps.secret, token, {
      at: deps.clock.now().toISOString(),
      requestId: c.get('requestId') ?? null,
    });
    return renderPage(c, <UnsubscribedPage ctx={viewContext(c)} label={link.label} />);
  });

  return web;
}
