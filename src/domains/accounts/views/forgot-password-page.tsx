import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { emailMaxLength } from '../accounts.schemas.ts';

export function ForgotPasswordPage({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  const form = 'forgot-password';
  return (
    <Layout ctx={ctx} title={t('accounts.forgotPassword.title')} isPrivate>
      <h1>{t('accounts.forgotPassword.title')}</h1>
      <p class="lead">{t('accounts.forgotPassword.lead')}</p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href('/forgot-password')}>
        <CsrfField ctx={ctx} />
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
        <p>
          <button type="submit">{t('accounts.forgotPassword.submit')}</button>
        </p>
      </form>
      <p>
        <a href={ctx.href('/sign-in')}>{t('accounts.forgotPassword.backToSignIn')}</a>
      </p>
    </Layout>
  );
}
