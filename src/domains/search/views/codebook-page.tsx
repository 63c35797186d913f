import { searchSources } from '../../../core/search-sources.ts';
import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { codebookColumns } from '../search-export.ts';

/**
 * What each column of the CSV and JSON exports means, and the codes the controlled columns use
 * (each search source lists its own: a practice's kinds and its taxonomy schemes).
 */
export function CodebookPage({ ctx }: { ctx: TViewContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('search.codebookPage.title')} description={t('search.codebookPage.lead')}>
      <h1>{t('search.codebookPage.title')}</h1>
      <p class="lead">{t('search.codebookPage.lead')}</p>
      <p>{t('search.codebookPage.formats')}</p>
      <DataTable
        headers={[t('search.codebookPage.column'), t('search.codebookPage.meaning')]}
        items={codebookColumns}
        row={(column) => (
          <>
            <td>
              <code dir="ltr">{column}</code>
            </td>
            <td>{t(`search.codebookPage.columns.${column}`)}</td>
          </>
        )}
      />
      {searchSources()
        .flatMap((source) => source.codebook?.(ctx) ?? [])
        .map((list) => (
          <section>
            <h2 id={list.id}>{list.heading}</h2>
            <ul>
              {list.items.map((item) => (
                <li>
                  <code dir="ltr">{item.code}</code>{' '}
                  {item.href ? <a href={ctx.href(item.href)}>{item.label}</a> : item.label}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Layout>
  );
}
