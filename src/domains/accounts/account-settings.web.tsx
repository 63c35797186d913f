import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { parseForm } from '../../http/forms.ts';
import { currentUser, formErrorsOf, requestMeta, requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { ZChangePassword, ZDeleteAccount, ZProfile } from './accounts.schemas.ts';
import {
  changePassword,
  deleteAccount,
  exportPersonalData,
  readOwnAccount,
  updateProfile,
} from './accounts.service.ts';
import { resendVerification } from './email-verification.service.ts';
import { clearSessionCookie } from './session-cookie.ts';
import { AccountPage } from './views/account-page.tsx';

/**
 * /account: the signed-in person's details, name and language, password, verification link, their
 * data, and deleting the account.
 */
export function accountSettingsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const local = (c: Context<TAppEnv>, path: string) => `/${c.get('i18n').locale}${path}`;

  const renderAccount = async (
    c: Context<TAppEnv>,
    forms: { profile?: TFormState; password?: TFormState; deletion?: TFormState } = {},
    status: 200 | 422 = 200,
  ) => {
    const account = await readOwnAccount(deps, currentUser(c));
    const profile = forms.profile ?? {
      values: { name: account.name, locale: account.locale },
      errors: {},
    };
    return renderPage(
      c,
      <AccountPage
        ctx={viewContext(c)}
        account={account}
        profile={profile}
        password={forms.password ?? emptyFormState}
        deletion={forms.deletion ?? emptyFormState}
      />,
      status,
    );
  };

  web.get('/account', requireSignedIn, (c) => renderAccount(c));

  web.post('/account/profile', requireSignedIn, async (c) => {
    const form = await parseForm(c, ZProfile);
    if (!form.isValid) {
      return renderAccount(c, { profile: { values: form.values, errors: form.fieldErrors } }, 422);
    }
    await updateProfile(deps, currentUser(c), form.data, requestMeta(c));
    return redirectWithFlash(c, `/${form.data.locale}/account`, 'accounts.flash.profileSaved');
  });

  web.post('/account/password', requireSignedIn, async (c) => {
    const form = await parseForm(c, ZChangePassword);
    if (!form.isValid) {
      return renderAccount(c, { password: { values: form.values, errors: form.fieldErrors } }, 422);
    }
    try {
      await changePassword(deps, currentUser(c), form.data, requestMeta(c));
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) return renderAccount(c, { password: { values: form.values, errors } }, 422);
      throw error;
    }
    return redirectWithFlash(c, local(c, '/account'), 'accounts.flash.passwordChanged');
  });

  web.post('/account/verify-email', requireSignedIn, async (c) => {
    const outcome = await resendVerification(deps, currentUser(c), requestMeta(c));
    const flash = outcome === 'sent' ? 'accounts.flash.verificationSent' : 'accounts.flash.alreadyVerified';
    return redirectWithFlash(c, local(c, '/account'), flash);
  });

  // A POST (with the form's CSRF token), so no link or prefetch can make a copy of someone's data.
  web.post('/account/data', requireSignedIn, async (c) => {
    const data = await exportPersonalData(deps, currentUser(c), requestMeta(c));
    c.header('Content-Disposition', attachmentHeader('carehub-my-data.json'));
    c.header('Cache-Control', 'no-store');
    return c.json(data, 200);
  });

  web.post('/account/delete', requireSignedIn, async (c) => {
    const form = await parseForm(c, ZDeleteAccount);
    if (!form.isValid) {
      return renderAccount(c, { deletion: { values: {}, errors: form.fieldErrors } }, 422);
    }
    try {
      await deleteAccount(deps, currentUser(c), form.data, requestMeta(c));
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) return renderAccount(c, { deletion: { values: {}, errors } }, 422);
      throw error;
    }
    clearSessionCookie(c);
    return redirectWithFlash(c, local(c, '/'), 'accounts.flash.accountDeleted');
  });

  return web;
}
