import { DataTable } from '../../../ui/components/data-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { outboxStatuses, type TOutboxStatus } from '../admin.record.ts';
import type { listOutboxPage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';

export function OutboxPage({
  ctx,
  query,
  result,
}: TAdminListProps<{ status?: TOutboxStatus | undefined }, Awaited<ReturnType<typeof listOutboxPage>>>) {
  const { t, i18n } = ctx;
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
        <DataTable
          headers={[
            t('admin.outbox.createdAt'),
            t('admin.outbox.to'),
            t('admin.outbox.subject'),
            t('admin.outbox.status'),
          ]}
          items={messages}
          row={(message) => (
            <>
              <td>
                <time datetime={message.createdAt}>{i18n.formatDateTime(message.createdAt)}</time>
              </td>
              <td>{message.to}</td>
              <td>
                <a href={ctx.href(`/admin/outbox/${message.id}`)}>{message.subject}</a>
                {message.carriesSecret ? ' ' : null}
                {message.carriesSecret ? <span class="badge">{t('admin.outbox.secretMarker')}</span> : null}
              </td>
              <td>{outboxStatusLabel(ctx, message.status)}</td>
            </>
          )}
        />
      )}
    </AdminListPage>
  );
}

export function outboxStatusLabel(ctx: TViewContext, status: string): string {
  return (outboxStatuses as readonly string[]).includes(status)
    ? ctx.t(`admin.outbox.statusName.${status}`)
    : status;
}
