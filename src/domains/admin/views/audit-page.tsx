import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TAuditView } from '../admin.service.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { AuditTable, auditActionLabel } from './audit-table.tsx';
import { Pagination } from './pagination.tsx';

type TAuditPageProps = {
  ctx: TViewContext;
  entries: readonly TAuditView[];
  actions: readonly string[];
  action: string;
  page: number;
  hasNext: boolean;
};

export function AuditPage({ ctx, entries, actions, action, page, hasNext }: TAuditPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.audit.title')} isPrivate>
      <AdminBackLink ctx={ctx} />
      <h1>{t('admin.audit.title')}</h1>
      <form novalidate class="inline-form" method="get" action={ctx.href('/admin/audit')}>
        <div class="field">
          <label for="audit-action">{t('admin.audit.filterLabel')}</label>
          <select id="audit-action" name="action">
            <option value="">{t('admin.audit.allActions')}</option>
            {actions.map((a) => (
              <option value={a} selected={a === action}>
                {auditActionLabel(ctx, a)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.audit.filterSubmit')}</button>
      </form>
      <AuditTable ctx={ctx} entries={entries} />
      <Pagination ctx={ctx} path="/admin/audit" query={{ action }} page={page} hasNext={hasNext} />
    </Layout>
  );
}
