import type { Child } from 'hono/jsx';
import { FilterSelect } from '../../../ui/components/filter-select.tsx';
import type { TOption } from '../../../ui/components/select-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AdminPage } from './admin-page.tsx';
import { Pagination } from './pagination.tsx';

/** What an admin list page is given by its route: the query it was asked with and the service's page. */
export type TAdminListProps<Q, R> = { ctx: TViewContext; query: Q; result: R };

/**
 * The one field that filters an admin list, sent as `name`: a choice among `options` (the first,
 * empty, is `anyLabel`), or without options a search box.
 */
type TAdminListFilter = { name: string; label: string; value: string | undefined } & (
  | { anyLabel: string; options: readonly TOption[] }
  | { anyLabel?: undefined; options?: undefined }
);

/**
 * The frame of an admin list (people, audit log, outbox) at /admin/<section>: the back link, the
 * section's heading, an optional lead, a one-field GET form that filters the list, the list itself
 * and its pages, whose links keep the filter's value. `result` is the service's page (its number,
 * and whether another follows).
 */
export function AdminListPage(props: {
  ctx: TViewContext;
  section: 'people' | 'audit' | 'outbox';
  lead?: Child;
  filter: TAdminListFilter;
  submit: string;
  result: { page: number; hasNext: boolean };
  children: Child;
}) {
  const { ctx, filter, result } = props;
  const path = `/admin/${props.section}`;
  const id = `${props.section}-${filter.name}`;
  const isSearch = filter.options === undefined;
  return (
    <AdminPage ctx={ctx} title={ctx.t(`admin.${props.section}.title`)}>
      {props.lead}
      <form
        novalidate
        class="inline-form"
        method="get"
        action={ctx.href(path)}
        role={isSearch ? 'search' : undefined}
      >
        {isSearch ? (
          <div class="field">
            <label for={id}>{filter.label}</label>
            <input id={id} type="search" name={filter.name} value={filter.value} maxlength={200} />
          </div>
        ) : (
          <FilterSelect id={id} {...filter} options={filter.options} anyLabel={filter.anyLabel} />
        )}
        <button type="submit">{props.submit}</button>
      </form>
      {props.children}
      <Pagination
        ctx={ctx}
        path={path}
        query={{ [filter.name]: filter.value }}
        page={result.page}
        hasNext={result.hasNext}
      />
    </AdminPage>
  );
}
