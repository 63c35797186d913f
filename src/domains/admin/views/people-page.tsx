import { DataTable } from '../../../ui/components/data-table.tsx';
import { roleLabel } from '../../accounts/index.ts';
import type { listPeoplePage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';

export function PeoplePage({
  ctx,
  query,
  result,
}: TAdminListProps<{ q: string }, Awaited<ReturnType<typeof listPeoplePage>>>) {
  const { t, i18n } = ctx;
  const people = result.items;
  return (
    <AdminListPage
      ctx={ctx}
      title={t('admin.people.title')}
      path="/admin/people"
      filter={
        <>
          <label for="people-q">{t('admin.people.searchLabel')}</label>
          <input id="people-q" type="search" name="q" value={query.q} maxlength={200} />
        </>
      }
      submit={t('admin.people.searchSubmit')}
      isSearch
      query={{ q: query.q }}
      page={result.page}
      hasNext={result.hasNext}
    >
      <p role="status">{t('admin.people.count', { count: result.total })}</p>
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
    </AdminListPage>
  );
}
