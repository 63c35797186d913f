import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { roleLabel } from '../../accounts/index.ts';
import type { TPersonSummary } from '../admin.service.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { Pagination } from './pagination.tsx';

type TPeoplePageProps = {
  ctx: TViewContext;
  search: string;
  people: readonly TPersonSummary[];
  total: number;
  page: number;
  hasNext: boolean;
};

export function PeoplePage({ ctx, search, people, total, page, hasNext }: TPeoplePageProps) {
  const { t, i18n } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.people.title')} isPrivate>
      <AdminBackLink ctx={ctx} />
      <h1>{t('admin.people.title')}</h1>
      <form novalidate class="inline-form" method="get" action={ctx.href('/admin/people')} role="search">
        <div class="field">
          <label for="people-q">{t('admin.people.searchLabel')}</label>
          <input id="people-q" type="search" name="q" value={search} maxlength={200} />
        </div>
        <button type="submit">{t('admin.people.searchSubmit')}</button>
      </form>
      <p role="status">{t('admin.people.count', { count: total })}</p>
      {people.length > 0 ? (
        <DataTable
          headers={[
            t('accounts.field.name'),
            t('accounts.field.email'),
            t('admin.people.roles'),
            t('admin.people.joined'),
          ]}
          items={people}
          row={(person) => (
            <>
              <td>
                <a href={ctx.href(`/admin/people/${person.id}`)}>{person.name}</a>
              </td>
              <td>
                {person.email}{' '}
                {person.isVerified ? null : <span class="badge">{t('admin.people.unverified')}</span>}
                {person.isDisabled ? <span class="badge">{t('admin.people.disabled')}</span> : null}
              </td>
              <td>
                {person.roles.map((role) => (
                  <span class="badge">{roleLabel(ctx, role)}</span>
                ))}
              </td>
              <td>
                <time datetime={person.createdAt}>{i18n.formatDate(person.createdAt)}</time>
              </td>
            </>
          )}
        />
      ) : null}
      <Pagination ctx={ctx} path="/admin/people" query={{ q: search }} page={page} hasNext={hasNext} />
    </Layout>
  );
}
