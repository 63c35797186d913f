import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { passwordMaxLength, passwordMinLength } from '../passwords.ts';

export function ResetPasswordPage({
  ctx,
  token,
  state,
}: {
  ctx: TViewContext;
  token: string;
  state: TFormState;
}) {
  const { t } = ctx;
  const form = 'reset-password';
  return (
    <Layout ctx={ctx} title={t('accounts.resetPassword.title')} isPrivate>
      <h1>{t('accounts.resetPassword.title')}</h1>
      <p class="lead">{t('accounts.resetPassword.lead')}</p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href('/reset-password')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <TextField
          ctx={ctx}
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.newPassword')}
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
          <button type="submit">{t('accounts.resetPassword.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
