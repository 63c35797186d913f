import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';

type TMessagePageProps = {
  ctx: TViewContext;
  title: string;
  message: string;
  /** Optional request id shown for support on server errors. */
  reference?: string;
  /** A way back to where the person was (the form a refused file came from), shown first. */
  back?: { href: string; label: string };
};

/** A simple page with a heading and a message: errors and confirmations. */
export function MessagePage({ ctx, title, message, reference, back }: TMessagePageProps) {
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      {reference ? <p class="hint">{ctx.t('errors.reference', { reference })}</p> : null}
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <p>
        <a href={ctx.href('/')}>{ctx.t('common.backHome')}</a>
      </p>
    </Layout>
  );
}
