import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';

type TMessagePageProps = {
  ctx: TViewContext;
  title: string;
  message: string;
  /** Optional request id shown for support on server errors. */
  reference?: string;
};

/** A simple page with a heading and a message: errors and confirmations. */
export function MessagePage({ ctx, title, message, reference }: TMessagePageProps) {
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      {reference ? <p class="hint">{ctx.t('errors.reference', { reference })}</p> : null}
      <p>
        <a href={ctx.href('/')}>{ctx.t('common.backHome')}</a>
      </p>
    </Layout>
  );
}
