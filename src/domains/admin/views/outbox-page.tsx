import { ColumnTable, type TColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { outboxStatuses, type TOutboxStatus } from '../admin.record.ts';
import type { listOutboxPage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';
import { DateTimeText } from './admin-page.tsx';

type TProps = TAdminListProps<
  { status?: TOutboxStatus | undefined },
  Awaited<ReturnType<typeof listOutboxPage>>
>;

export function OutboxPage({ ctx, query, result }: TProps) {
  const { t } = ctx;
  return (
    <AdminListPage
      ctx={ctx}
      section="outbox"
      lead={<p class="lead">{result.isSmtp ? t('admin.outbox.leadSmtp') : t('admin.outbox.leadKept')}</p>}
      filter={{
        name: 'status',
        label: t('admin.outbox.status'),
        value: query.status,
        anyLabel: t('admin.outbox.allStatuses'),
        options: outboxStatuses.map((s) => ({ value: s, label: t(`admin.outbox.statusName.${s}`) })),
      }}
      submit={t('admin.outbox.filterSubmit')}
      result={result}
    >
      {result.messages.length === 0 ? (
        <p>{t('admin.outbox.empty')}</p>
      ) : (
        <ColumnTable items={result.messages} columns={outboxColumns(ctx)} />
      )}
    </AdminListPage>
  );
}

function outboxColumns(ctx: TViewContext): TColumn<TOutboxRow>[] {
  const { t } = ctx;
  return [
    {
      header: t('admin.outbox.createdAt'),
      cell: (message) => <DateTimeText ctx={ctx} at={message.createdAt} />,
    },
    { header: t('admin.outbox.to'), cell: (message) => message.to },
    {
      header: t('admin.outbox.subject'),
      cell: (message) => (
        <>
          <a href={ctx.href(`/admin/outbox/${message.id}`)}>{message.subject}</a>
          {message.carriesSecret ? ' ' : null}
          {message.carriesSecret ? <span class="badge">{t('admin.outbox.secretMarker')}</span> : null}
        </>
      ),
    },
    { header: t('admin.outbox.status'), cell: (message) => outboxStatusLabel(ctx, message.status) },
  ];
}

type TOutboxRow = Awaited<ReturnType<typeof listOutboxPage>>['messages'][number];

export function outboxStatusLabel(ctx: TViewContext, status: string): string {
  return (outboxStatuses as readonly string[]).includes(status)
    ? ctx.t(`admin.outbox.statusName.${status}`)
    : status;
}
