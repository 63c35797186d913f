import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';

type TUnsubscribeProps = {
  ctx: TViewContext;
  /** What the link stops, in the reader's language; null when that list no longer exists. */
  label: string | null;
};

/**
 * What an unsubscribe link opens (docs/adr/0054): what it would stop and one button. Opening it stops
 * nothing (mail scanners open links); the button POSTs to the same address, as a mail program's
 * one-click unsubscribe does, so the form carries the same field and needs no other token.
 */
export function UnsubscribeConfirmPage({ ctx, label, action }: TUnsubscribeProps & { action: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('mail.unsubscribe.title')} isPrivate>
      <h1>{t('mail.unsubscribe.title')}</h1>
      <p class="lead">{t('mail.unsubscribe.lead')}</p>
      <ListLabel ctx={ctx} label={label} />
      <form novalidate method="post" action={action}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <p>
          <button type="submit">{t('mail.unsubscribe.submit')}</button>
        </p>
      </form>
      <p class="hint">{t('mail.unsubscribe.keepHint')}</p>
    </Layout>
  );
}

/** After the POST: what was stopped, and where all mail settings live. */
export function UnsubscribedPage({ ctx, label }: TUnsubscribeProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('mail.unsubscribe.doneTitle')} isPrivate>
      <h1>{t('mail.unsubscribe.doneTitle')}</h1>
      <p class="lead">{t('mail.unsubscribe.doneLead')}</p>
      <ListLabel ctx={ctx} label={label} />
      <p>
        <a href={ctx.href('/account')}>{t('mail.unsubscribe.accountLink')}</a>
      </p>
    </Layout>
  );
}

function ListLabel({ ctx, label }: TUnsubscribeProps) {
  return (
    <p>
      <strong>{label ?? ctx.t('mail.unsubscribe.unknownList')}</strong>
    </p>
  );
}
