import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { outboxStatuses, type TOutboxStatus } from '../admin.record.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { Pagination } from './pagination.tsx';

type TOutboxRow = {
  id: string;
  createdAt: string;
  to: string;
  subject: string;
  status: string;
  sentAt: string | null;
  carriesSecret: boolean;
};

type TOutboxPageProps = {
  ctx: TViewContext;
  messages: readonly TOutboxRow[];
  status: TOutboxStatus | undefined;
  isSmtp: boolean;
  page: number;
  hasNext: boolean;
};

export function OutboxPage({ ctx, messages, status, isSmtp, page, hasNext }: TOutboxPageProps) {
  const { t, i18n } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.outbox.title')} isPrivate>
      <AdminBackLink ctx={ctx} />
      <h1>{t('admin.outbox.title')}</h1>
      <p class="lead">{isSmtp ? t('admin.outbox.leadSmtp') : t('admin.outbox.leadKept')}</p>
      <form novalidate class="inline-form" method="get" action={ctx.href('/admin/outbox')}>
        <div class="field">
          <label for="outbox-status">{t('admin.outbox.status')}</label>
          <select id="outbox-status" name="status">
            <option value="">{t('admin.outbox.allStatuses')}</option>
            {outboxStatuses.map((s) => (
              <option value={s} selected={s === status}>
                {t(`admin.outbox.statusName.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.outbox.filterSubmit')}</button>
      </form>
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
      <Pagination ctx={ctx} path="/admin/outbox" query={{ status }} page={page} hasNext={hasNext} />
    </Layout>
  );
}

export function outboxStatusLabel(ctx: TViewContext, status: string): string {
  return (outboxStatuses as readonly string[]).includes(status)
    ? ctx.t(`admin.outbox.statusName.${status}`)
    : status;
}
