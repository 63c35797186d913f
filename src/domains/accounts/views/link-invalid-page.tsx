import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** A verification or reset link that is unknown, expired or already used: what happened and what to do. */
export function LinkInvalidPage({ ctx, kind }: { ctx: TViewContext; kind: 'verifyEmail' | 'resetPassword' }) {
  const { t } = ctx;
  const title = t('accounts.linkInvalid.title');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{t('accounts.linkInvalid.message')}</p>
      {kind === 'verifyEmail' ? (
        <p>
          <a class="button" href={ctx.href('/account')}>
            {t('accounts.linkInvalid.verifyAgain')}
          </a>
        </p>
      ) : (
        <p>
          <a class="button" href={ctx.href('/forgot-password')}>
            {t('accounts.linkInvalid.resetAgain')}
          </a>
        </p>
      )}
    </Layout>
  );
}
