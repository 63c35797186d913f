import { ColumnTable, type TColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { roleLabel } from '../../accounts/index.ts';
import type { listPeoplePage, TPersonSummary } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';

type TProps = TAdminListProps<{ q: string }, Awaited<ReturnType<typeof listPeoplePage>>>;

export function PeoplePage({ ctx, query, result }: TProps) {
  const { t } = ctx;
  return (
    <AdminListPage
      ctx={ctx}
      section="people"
      filter={{ name: 'q', label: t('admin.people.searchLabel'), value: query.q }}
      submit={t('admin.people.searchSubmit')}
      result={result}
    >
      <p role="status">{t('admin.people.count', { count: result.total })}</p>
      {result.items.length > 0 ? <ColumnTable items={result.items} columns={peopleColumns(ctx)} /> : null}
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
