import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { emailMaxLength, nameMaxLength } from '../accounts.schemas.ts';
import { passwordMaxLength, passwordMinLength } from '../passwords.ts';

export function SignUpPage({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  const form = 'sign-up';
  return (
    <Layout ctx={ctx} title={t('accounts.signUp.title')} isPrivate>
      <h1>{t('accounts.signUp.title')}</h1>
      <p class="lead">{t('accounts.signUp.lead')}</p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href('/sign-up')}>
        <CsrfField ctx={ctx} />
        <TextField
          ctx={ctx}
          form={form}
          name="name"
          label={t('accounts.field.name')}
          state={state}
          autocomplete="name"
          isRequired
          maxLength={nameMaxLength}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email')}
          state={state}
          autocomplete="email"
          isRequired
          maxLength={emailMaxLength}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.password')}
          hint={t('accounts.field.passwordHint', { min: passwordMinLength })}
          state={state}
          autocomplete="new-password"
          isRequired
          maxLength={passwordMaxLength}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="passwordConfirmation"
          type="password"
          label={t('accounts.field.passwordConfirmation')}
          state={state}
          autocomplete="new-password"
          isRequired
          maxLength={passwordMaxLength}
        />
        <p>
          <button type="submit">{t('accounts.signUp.submit')}</button>
        </p>
      </form>
      <p>
        {t('accounts.signUp.haveAccount')} <a href={ctx.href('/sign-in')}>{t('accounts.signIn.title')}</a>
      </p>
    </Layout>
  );
}
