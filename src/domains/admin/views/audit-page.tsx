import type { listAuditPage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';
import { AuditTable, auditActionLabel } from './audit-table.tsx';

type TProps = TAdminListProps<{ action: string }, Awaited<ReturnType<typeof listAuditPage>>>;

export function AuditPage({ ctx, query, result }: TProps) {
  const { t } = ctx;
  return (
    <AdminListPage
      ctx={ctx}
      title={t('admin.audit.title')}
      path="/admin/audit"
      filter={
        <>
          <label for="audit-action">{t('admin.audit.filterLabel')}</label>
          <select id="audit-action" name="action">
            <option value="">{t('admin.audit.allActions')}</option>
            {result.actions.map((a) => (
              <option value={a} selected={a === query.action}>
                {auditActionLabel(ctx, a)}
              </option>
            ))}
          </select>
        </>
      }
      submit={t('admin.audit.filterSubmit')}
      query={{ action: query.action }}
      page={result.page}
      hasNext={result.hasNext}
    >
      <AuditTable ctx={ctx} entries={result.entries} />
    </AdminListPage>
  );
}
