import { ColumnTable, type TColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { roleLabel } from '../../accounts/index.ts';
import type { listPeoplePage, TPersonSummary } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';

type TProps = TAdminListProps<{ q: string }, Awaited<ReturnType<typeof listPeoplePage>>>;

export function PeoplePage({ ctx, query, result }: TProps) {
  const { t } = ctx;
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
      {people.length > 0 ? <ColumnTable items={people} columns={peopleColumns(ctx)} /> : null}
    </AdminListPage>
  );
}

function peopleColumns(ctx: TViewContext): TColumn<TPersonSummary>[] {
  const { t, i18n } = ctx;
  return [
    {
      header: t('accounts.field.name'),
      cell: (person) => <a href={ctx.href(`/admin/people/${person.id}`)}>{person.name}</a>,
    },
    {
      header: t('accounts.field.email'),
      cell: (person) => (
        <>
          {person.email}{' '}
          {person.isVerified ? null : <span class="badge">{t('admin.people.unverified')}</span>}
          {person.isDisabled ? <span class="badge">{t('admin.people.disabled')}</span> : null}
        </>
      ),
    },
    {
      header: t('admin.people.roles'),
      cell: (person) => person.roles.map((role) => <span class="badge">{roleLabel(ctx, role)}</span>),
    },
    {
      header: t('admin.people.joined'),
      cell: (person) => <time datetime={person.createdAt}>{i18n.formatDate(person.createdAt)}</time>,
    },
  ];
}
