import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** What the confirmation link opens: the address, and one button that confirms it. */
export function ConfirmEmailPage({ ctx, email, token }: { ctx: TViewContext; email: string; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.confirmEmail.title')} isPrivate>
      <h1>{t('accounts.confirmEmail.title')}</h1>
      <p class="lead">{t('accounts.confirmEmail.lead')}</p>
      <dl class="facts">
        <div>
          <dt>{t('accounts.field.email')}</dt>
          <dd>
            <bdi>{email}</bdi>
          </dd>
        </div>
      </dl>
      <form novalidate method="post" action={ctx.href('/verify-email')}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <p>
          <button type="submit">{t('accounts.confirmEmail.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
