import { type Context, Hono } from 'hono';
import { changeOrRedraw } from '../../core/refused-input.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/index.ts';
import { communityPath, threadPath } from './views/community-bits.tsx';
import { MailSettingsPage } from './views/mail-settings-page.tsx';
import {
  readMailSettings,
  setCommunityWatch,
  setThreadWatch,
  updateMailSettings,
} from './watching.service.ts';

/** Watch buttons of communities and threads, and a person's community mail page (docs/adr/0055). */
export function watchingWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  const renderSettings = async (c: Context<TAppEnv>, state: TFormState, status: 200 | 422 = 200) =>
    renderPage(
      c,
      <MailSettingsPage
        ctx={viewContext(c)}
        settings={await readMailSettings(deps, c.var.actor)}
        state={state}
        now={deps.clock.now().getTime()}
      />,
      status,
    );

  // Anonymous visitors sign in first and come back here (the shared guard of the accounts domain).
  web.get('/communities/mail', requireSignedIn, (c) => renderSettings(c, emptyFormState));

  web.post('/communities/mail', async (c) => {
    const { values } = await readForm(c);
    const save = async () => {
      const settings = {
        frequency: firstValue(values, 'frequency'),
        timeZone: firstValue(values, 'timeZone'),
      };
      await updateMailSettings(deps, c.var.actor, settings, { requestId: c.get('requestId') });
      const path = viewContext(c).href('/communities/mail');
      return redirectWithFlash(c, path, 'communities.flash.mailSettingsSaved');
    };
    return changeOrRedraw(values, save, (form) => renderSettings(c, form, 422));
  });

  web.post('/communities/:slug/watch', async (c) => {
    const { values } = await readForm(c);
    const slug = c.req.param('slug') ?? '';
    const isWatching = firstValue(values, 'watch') === '1';
    await setCommunityWatch(deps, c.var.actor, slug, isWatching, { requestId: c.get('requestId') });
    const ctx = viewContext(c);
    const to =
      firstValue(values, 'back') === 'mail' ? ctx.href('/communities/mail') : ctx.href(communityPath(slug));
    return redirectWithFlash(
      c,
      to,
      isWatching ? 'communities.flash.watching' : 'communities.flash.notWatching',
    );
  });

  web.post('/communities/:slug/threads/:threadId/watch', async (c) => {
    const { values } = await readForm(c);
    const slug = c.req.param('slug') ?? '';
    const threadId = c.req.param('threadId') ?? '';
    const isWatching = firstValue(values, 'watch') === '1';
    await setThreadWatch(deps, c.var.actor, { slug, threadId }, isWatching, {
      requestId: c.get('requestId'),
    });
    const ctx = viewContext(c);
    const to =
      firstValue(values, 'back') === 'mail'
        ? ctx.href('/communities/mail')
        : ctx.href(threadPath(slug, threadId));
    return redirectWithFlash(
      c,
      to,
      isWatching ? 'communities.flash.watching' : 'communities.flash.notWatching',
    );
  });

  return web;
}
