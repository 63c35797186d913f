import type { Child } from 'hono/jsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AdminBackLink } from './admin-index-page.tsx';

/**
 * The frame of an admin page: the link back to the administration index, for one item of a list (a
 * person, an outbox message) the link back to that list, the page's heading, and what it shows.
 */
export function AdminPage(props: {
  ctx: TViewContext;
  title: string;
  list?: { path: string; back: string };
  children: Child;
}) {
  const { ctx, list } = props;
  return (
    <Layout ctx={ctx} title={props.title} isPrivate>
      <AdminBackLink ctx={ctx} />
      {list ? (
        <p>
          <a href={ctx.href(list.path)}>{list.back}</a>
        </p>
      ) : null}
      <h1>{props.title}</h1>
      {props.children}
    </Layout>
  );
}

/** A moment of an admin record, written out in the reader's language (`<time>` with its ISO value). */
export function DateTimeText({ ctx, at }: { ctx: TViewContext; at: string }) {
  return <time datetime={at}>{ctx.i18n.formatDateTime(at)}</time>;
}
