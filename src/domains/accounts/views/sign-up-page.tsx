import type { TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AccountFormPage, AccountNewPasswordFields, EmailField, NameField } from './account-form-page.tsx';

export function SignUpPage({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  const common = { ctx, form: 'sign-up', state };
  return (
    <AccountFormPage
      {...common}
      page="signUp"
      hasLead
      action="/sign-up"
      after={
        <p>
          {t('accounts.signUp.haveAccount')} <a href={ctx.href('/sign-in')}>{t('accounts.signIn.title')}</a>
        </p>
      }
    >
      <NameField {...common} />
      <EmailField {...common} autocomplete="email" />
      <AccountNewPasswordFields {...common} name="password" label={t('accounts.field.password')} />
    </AccountFormPage>
  );
}
