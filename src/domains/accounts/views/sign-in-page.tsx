import type { TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AccountFormPage, CurrentPasswordField, EmailField } from './account-form-page.tsx';

export function SignInPage({
  ctx,
  state,
  next,
}: {
  ctx: TViewContext;
  state: TFormState;
  /** A checked local path to return to after signing in. */
  next: string | null;
}) {
  const { t } = ctx;
  const common = { ctx, form: 'sign-in', state };
  return (
    <AccountFormPage
      {...common}
      page="signIn"
      action="/sign-in"
      after={
        <>
          <p>
            <a href={ctx.href('/forgot-password')}>{t('accounts.forgotPassword.link')}</a>
          </p>
          <p>
            {t('accounts.signIn.noAccount')} <a href={ctx.href('/sign-up')}>{t('accounts.signUp.title')}</a>
          </p>
        </>
      }
    >
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <EmailField {...common} autocomplete="username" />
      <CurrentPasswordField {...common} name="password" label={t('accounts.field.password')} />
    </AccountFormPage>
  );
}
