import type { Child } from 'hono/jsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { Pagination } from './pagination.tsx';

/** What an admin list page is given by its route: the query it was asked with and the service's page. */
export type TAdminListProps<Q, R> = { ctx: TViewContext; query: Q; result: R };

/**
 * The frame of an admin list (people, audit log, outbox): the back link, the heading, an optional
 * lead, a one-field GET form that filters the list, the list itself and its pages. `query` is what
 * the page links keep besides the page number.
 */
export function AdminListPage(props: {
  ctx: TViewContext;
  title: string;
  path: string;
  lead?: Child;
  filter: Child;
  submit: string;
  isSearch?: boolean;
  query: Record<string, string | undefined>;
  page: number;
  hasNext: boolean;
  children: Child;
}) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title} isPrivate>
      <AdminBackLink ctx={ctx} />
      <h1>{props.title}</h1>
      {props.lead}
      <form
        novalidate
        class="inline-form"
        method="get"
        action={ctx.href(props.path)}
        role={props.isSearch ? 'search' : undefined}
      >
        <div class="field">{props.filter}</div>
        <button type="submit">{props.submit}</button>
      </form>
      {props.children}
      <Pagination ctx={ctx} path={props.path} query={props.query} page={props.page} hasNext={props.hasNext} />
    </Layout>
  );
}
