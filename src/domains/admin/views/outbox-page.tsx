import { ColumnTable, type TColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { outboxStatuses, type TOutboxStatus } from '../admin.record.ts';
import type { listOutboxPage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';

type TProps = TAdminListProps<
  { status?: TOutboxStatus | undefined },
  Awaited<ReturnType<typeof listOutboxPage>>
>;

export function OutboxPage({ ctx, query, result }: TProps) {
  const { t } = ctx;
  const messages = result.messages;
  return (
    <AdminListPage
      ctx={ctx}
      title={t('admin.outbox.title')}
      path="/admin/outbox"
      lead={<p class="lead">{result.isSmtp ? t('admin.outbox.leadSmtp') : t('admin.outbox.leadKept')}</p>}
      filter={
        <>
          <label for="outbox-status">{t('admin.outbox.status')}</label>
          <select id="outbox-status" name="status">
            <option value="">{t('admin.outbox.allStatuses')}</option>
            {outboxStatuses.map((s) => (
              <option value={s} selected={s === query.status}>
                {t(`admin.outbox.statusName.${s}`)}
              </option>
            ))}
          </select>
        </>
      }
      submit={t('admin.outbox.filterSubmit')}
      query={{ status: query.status }}
      page={result.page}
      hasNext={result.hasNext}
    >
      {messages.length === 0 ? (
        <p>{t('admin.outbox.empty')}</p>
      ) : (
        <ColumnTable items={messages} columns={outboxColumns(ctx)} />
      )}
    </AdminListPage>
  );
}

function outboxColumns(ctx: TViewContext): TColumn<TOutboxRow>[] {
  const { t, i18n } = ctx;
  return [
    {
      header: t('admin.outbox.createdAt'),
      cell: (message) => <time datetime={message.createdAt}>{i18n.formatDateTime(message.createdAt)}</time>,
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
