import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { valueCsvColumns } from '../value-columns.ts';
import { ObservatoryStyles } from './observatory-styles.tsx';

/** /{locale}/data/codebook: what each column of the indicator downloads holds. */
export function CodebookPage({ ctx }: { ctx: TViewContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('observatory.codebook.title')} description={t('observatory.codebook.lead')}>
      <ObservatoryStyles />
      <p class="breadcrumbs no-print">
        <a href={ctx.href('/data')}>{t('observatory.data.title')}</a>
      </p>
      <h1>{t('observatory.codebook.title')}</h1>
      <p class="lead">{t('observatory.codebook.lead')}</p>
      <DataTable
        headers={[t('observatory.codebook.column'), t('observatory.codebook.meaning')]}
        items={valueCsvColumns}
        row={(column) => (
          <>
            <th scope="row">
              <code dir="ltr">{column}</code>
            </th>
            <td>{t(`observatory.codebook.${column}`)}</td>
          </>
        )}
      />
      <p class="citation">{t('observatory.citation')}</p>
    </Layout>
  );
}
