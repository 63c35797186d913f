import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, parseForm } from '../../http/forms.ts';
import { formErrorsOf, requestMeta } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { ZForgotPassword, ZResetPassword } from './accounts.schemas.ts';
import { isResetLinkUsable, requestPasswordReset, resetPassword } from './password-reset.service.ts';
import { setSessionCookie } from './session-cookie.ts';
import { ForgotPasswordPage } from './views/forgot-password-page.tsx';
import { LinkInvalidPage } from './views/link-invalid-page.tsx';
import { ResetPasswordPage } from './views/reset-password-page.tsx';

/** /forgot-password asks for a link by e-mail; /reset-password?token=… sets a new password with it. */
export function passwordResetWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const local = (c: Context<TAppEnv>, path: string) => `/${c.get('i18n').locale}${path}`;
  const renderInvalidLink = (c: Context<TAppEnv>) =>
    renderPage(c, <LinkInvalidPage ctx={viewContext(c)} kind="resetPassword" />, 400);

  const renderForgot = (c: Context<TAppEnv>, state: TFormState, status: 200 | 422 = 200) =>
    renderPage(c, <ForgotPasswordPage ctx={viewContext(c)} state={state} />, status);

  web.get('/forgot-password', (c) => renderForgot(c, emptyFormState));

  web.post('/forgot-password', async (c) => {
    const form = await parseForm(c, ZForgotPassword);
    if (!form.isValid) return renderForgot(c, { values: form.values, errors: form.fieldErrors }, 422);
    await requestPasswordReset(deps, form.data, requestMeta(c));
    return redirectWithFlash(c, local(c, '/sign-in'), 'accounts.flash.resetRequested');
  });

  const renderReset = (c: Context<TAppEnv>, token: string, state: TFormState, status: 200 | 422 = 200) =>
    renderPage(c, <ResetPasswordPage ctx={viewContext(c)} token={token} state={state} />, status);

  web.get('/reset-password', async (c) => {
    const token = c.req.query('token');
    if (!token || !(await isResetLinkUsable(deps, token))) return renderInvalidLink(c);
    return renderReset(c, token, emptyFormState);
  });

  web.post('/reset-password', async (c) => {
    const form = await parseForm(c, ZResetPassword);
    const token = firstValue(form.values, 'token');
    if (!form.isValid) {
      if (!(await isResetLinkUsable(deps, token))) return renderInvalidLink(c);
      return renderReset(c, token, { values: form.values, errors: form.fieldErrors }, 422);
    }
    try {
      const result = await resetPassword(deps, form.data, requestMeta(c));
      if (!result.isReset) return renderInvalidLink(c);
      setSessionCookie(c, result.sessionToken, {
        days: deps.config.sessionDays,
        isSecure: deps.config.isSecureCookie,
      });
      return redirectWithFlash(c, local(c, '/account'), 'accounts.flash.passwordReset');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) return renderReset(c, token, { values: form.values, errors }, 422);
      throw error;
    }
  });

  return web;
}
