import {
  regions,
  scopeLabel,
  scopes,
  stakeholderTypeLabel,
  stakeholderTypes,
} from '../../../taxonomy/organization-vocabulary.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { csvColumns } from '../organizations-export.ts';

/** What each column of the member CSV means, and the codes it may hold. */
export function CodebookPage({ ctx }: { ctx: TViewContext }) {
  const { t, i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('organizations.codebook.title')}
      description={t('organizations.codebook.lead')}
    >
      <h1>{t('organizations.codebook.title')}</h1>
      <p class="lead">{t('organizations.codebook.lead')}</p>
      <p class="actions">
        <a class="button" href="/api/v1/organizations?format=csv">
          {t('organizations.directory.csvLink')}
        </a>
        <a href="/api/v1/organizations">{t('organizations.codebook.jsonLink')}</a>
        <a href="/api/v1/openapi.json">{t('common.footer.api')}</a>
      </p>
      <p>{t('organizations.codebook.format')}</p>
      <DataTable
        caption={t('organizations.codebook.columns')}
        headers={[t('organizations.codebook.column'), t('organizations.codebook.meaning')]}
        items={csvColumns}
        row={(c) => (
          <>
            <th scope="row">
              <code dir="ltr">{c.name}</code>
            </th>
            <td>{t(`organizations.codebook.col.${c.key}`, { language: c.name.replace(/^name_/, '') })}</td>
          </>
        )}
      />
      <h2>{t('organizations.field.stakeholderType')}</h2>
      <CodeTable
        ctx={ctx}
        rows={stakeholderTypes.map((code) => ({ code, label: stakeholderTypeLabel(i18n, code) }))}
      />
      <h2>{t('organizations.field.scope')}</h2>
      <CodeTable ctx={ctx} rows={scopes.map((code) => ({ code, label: scopeLabel(i18n, code) }))} />
      <h2>{t('organizations.field.region')}</h2>
      <p>{t('organizations.codebook.regions')}</p>
      <CodeTable ctx={ctx} rows={regions.map((code) => ({ code, label: regionLabel(i18n, code) }))} />
    </Layout>
  );
}

function CodeTable({ ctx, rows }: { ctx: TViewContext; rows: { code: string; label: string }[] }) {
  return (
    <DataTable
      headers={[ctx.t('organizations.codebook.code'), ctx.t('organizations.codebook.label')]}
      items={rows}
      row={(r) => (
        <>
          <td>
            <code dir="ltr">{r.code}</code>
          </td>
          <td>{r.label}</td>
        </>
      )}
    />
  );
}
