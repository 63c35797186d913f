import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm } from '../../http/forms.ts';
import { requestMeta } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import { readVerificationLink, verifyEmail } from './email-verification.service.ts';
import { ConfirmEmailPage } from './views/confirm-email-page.tsx';
import { LinkInvalidPage } from './views/link-invalid-page.tsx';

/**
 * /verify-email?token=… from the confirmation mail: the GET only shows the address and a button
 * (mail scanners open links before people do), the POST confirms. No sign-in needed.
 */
export function emailVerificationWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const renderInvalidLink = (c: Context<TAppEnv>) =>
    renderPage(c, <LinkInvalidPage ctx={viewContext(c)} kind="verifyEmail" />, 400);

  web.get('/verify-email', async (c) => {
    const token = c.req.query('token');
    const link = await readVerificationLink(deps, token);
    if (!token || !link) return renderInvalidLink(c);
    return renderPage(c, <ConfirmEmailPage ctx={viewContext(c)} email={link.email} token={token} />);
  });

  web.post('/verify-email', async (c) => {
    const { values } = await readForm(c);
    const result = await verifyEmail(deps, firstValue(values, 'token'), requestMeta(c));
    if (!result.isVerified) return renderInvalidLink(c);
    const isOwnAccount = c.get('user')?.id === result.userId;
    return redirectWithFlash(
      c,
      viewContext(c).href(isOwnAccount ? '/account' : '/sign-in'),
      'accounts.flash.emailVerified',
    );
  });

  return web;
}
