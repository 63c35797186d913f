import type { listAuditPage } from '../admin.service.ts';
import { AdminListPage, type TAdminListProps } from './admin-list-page.tsx';
import { AuditTable, auditActionLabel } from './audit-table.tsx';

type TProps = TAdminListProps<{ action: string }, Awaited<ReturnType<typeof listAuditPage>>>;

export function AuditPage({ ctx, query, result }: TProps) {
  const { t } = ctx;
  return (
    <AdminListPage
      ctx={ctx}
      section="audit"
      filter={{
        name: 'action',
        label: t('admin.audit.filterLabel'),
        value: query.action,
        anyLabel: t('admin.audit.allActions'),
        options: result.actions.map((a) => ({ value: a, label: auditActionLabel(ctx, a) })),
      }}
      submit={t('admin.audit.filterSubmit')}
      result={result}
    >
      <AuditTable ctx={ctx} entries={result.entries} />
    </AdminListPage>
  );
}
