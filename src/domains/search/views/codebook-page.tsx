import { searchSources } from '../../../core/search-sources.ts';
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
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('search.codebookPage.column')}</th>
              <th scope="col">{t('search.codebookPage.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {codebookColumns.map((column) => (
              <tr>
                <td>
                  <code dir="ltr">{column}</code>
                </td>
                <td>{t(`search.codebookPage.columns.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
