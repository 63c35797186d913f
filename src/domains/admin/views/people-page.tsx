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
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('accounts.field.name')}</th>
                <th scope="col">{t('accounts.field.email')}</th>
                <th scope="col">{t('admin.people.roles')}</th>
                <th scope="col">{t('admin.people.joined')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination ctx={ctx} path="/admin/people" query={{ q: search }} page={page} hasNext={hasNext} />
    </Layout>
  );
}
