import type { TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AccountFormPage, EmailField } from './account-form-page.tsx';

export function ForgotPasswordPage({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const common = { ctx, form: 'forgot-password', state };
  return (
    <AccountFormPage
      {...common}
      page="forgotPassword"
      hasLead
      action="/forgot-password"
      after={
        <p>
          <a href={ctx.href('/sign-in')}>{ctx.t('accounts.forgotPassword.backToSignIn')}</a>
        </p>
      }
    >
      <EmailField {...common} autocomplete="email" />
    </AccountFormPage>
  );
}
