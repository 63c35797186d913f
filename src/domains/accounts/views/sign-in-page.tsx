import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { emailMaxLength } from '../accounts.schemas.ts';

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
  const form = 'sign-in';
  return (
    <Layout ctx={ctx} title={t('accounts.signIn.title')} isPrivate>
      <h1>{t('accounts.signIn.title')}</h1>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href('/sign-in')}>
        <CsrfField ctx={ctx} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          ctx={ctx}
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email')}
          state={state}
          autocomplete="username"
          isRequired
          maxLength={emailMaxLength}
        />
        <TextField
          ctx={ctx}
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.password')}
          state={state}
          autocomplete="current-password"
          isRequired
        />
        <p>
          <button type="submit">{t('accounts.signIn.submit')}</button>
        </p>
      </form>
      <p>
        <a href={ctx.href('/forgot-password')}>{t('accounts.forgotPassword.link')}</a>
      </p>
      <p>
        {t('accounts.signIn.noAccount')} <a href={ctx.href('/sign-up')}>{t('accounts.signUp.title')}</a>
      </p>
    </Layout>
  );
}
