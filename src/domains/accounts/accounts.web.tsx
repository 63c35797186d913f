import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { parseForm } from '../../http/forms.ts';
import { formErrorsOf, requestMeta } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { accountSettingsWeb } from './account-settings.web.tsx';
import { safeNextPath, ZSignIn, ZSignUp } from './accounts.schemas.ts';
import { signIn, signOut, signUp } from './accounts.service.ts';
import { emailVerificationWeb } from './email-verification.web.tsx';
import { passwordResetWeb } from './password-reset.web.tsx';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { SignInPage } from './views/sign-in-page.tsx';
import { SignUpPage } from './views/sign-up-page.tsx';

/** Signing up, in and out; the e-mail confirmation link, password reset and the account page are mounted here too. */
export function accountsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const sessionCookie = { days: deps.config.sessionDays, isSecure: deps.config.isSecureCookie };
  const local = (c: Context<TAppEnv>, path: string) => `/${c.get('i18n').locale}${path}`;

  const renderSignUp = (c: Context<TAppEnv>, state: TFormState, status: 200 | 422 = 200) =>
    renderPage(c, <SignUpPage ctx={viewContext(c)} state={state} />, status);

  web.get('/sign-up', (c) => {
    if (c.get('user')) return c.redirect(local(c, '/account'), 302);
    return renderSignUp(c, emptyFormState);
  });

  web.post('/sign-up', async (c) => {
    await deps.rateLimits.publicForm.hit(`sign-up:${c.get('clientIp')}`);
    const form = await parseForm(c, ZSignUp);
    if (!form.isValid) return renderSignUp(c, { values: form.values, errors: form.fieldErrors }, 422);
    try {
      // The same answer whether or not the address already has an account (see signUp).
      await signUp(deps, form.data, c.get('i18n').locale, requestMeta(c));
      return redirectWithFlash(c, local(c, '/sign-in'), 'accounts.flash.signUpMailed');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) return renderSignUp(c, { values: form.values, errors }, 422);
      throw error;
    }
  });

  const renderSignIn = (
    c: Context<TAppEnv>,
    state: TFormState,
    next: string | null,
    status: 200 | 422 = 200,
  ) => renderPage(c, <SignInPage ctx={viewContext(c)} state={state} next={next} />, status);

  web.get('/sign-in', (c) => {
    const next = safeNextPath(c.req.query('next'));
    if (c.get('user')) return c.redirect(next ?? local(c, '/account'), 302);
    return renderSignIn(c, emptyFormState, next);
  });

  web.post('/sign-in', async (c) => {
    const form = await parseForm(c, ZSignIn);
    const next = safeNextPath(form.isValid ? form.data.next : undefined);
    if (!form.isValid) return renderSignIn(c, { values: form.values, errors: form.fieldErrors }, next, 422);
    try {
      const { sessionToken } = await signIn(deps, form.data, requestMeta(c));
      setSessionCookie(c, sessionToken, sessionCookie);
      return redirectWithFlash(c, next ?? local(c, '/'), 'accounts.flash.signedIn');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) return renderSignIn(c, { values: form.values, errors }, next, 422);
      throw error;
    }
  });

  web.post('/sign-out', async (c) => {
    await signOut(deps, c.get('user'), requestMeta(c));
    clearSessionCookie(c);
    return redirectWithFlash(c, local(c, '/'), 'accounts.flash.signedOut');
  });

  web.route('/', emailVerificationWeb(deps));
  web.route('/', passwordResetWeb(deps));
  web.route('/', accountSettingsWeb(deps));
  return web;
}
