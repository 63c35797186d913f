import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { conceptIdsOf, labelOfConcept, practiceKinds, practiceSchemes } from '../../practices/index.ts';
import { codebookColumns } from '../search-export.ts';

/** What each column of the CSV and JSON exports means, and the codes the controlled columns use. */
export function CodebookPage({ ctx }: { ctx: TViewContext }) {
  const { t, locale } = ctx;
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
                  <code>{column}</code>
                </td>
                <td>{t(`search.codebookPage.columns.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="kinds">{t('search.facet.kind')}</h2>
      <ul>
        {practiceKinds.map((kind) => (
          <li>
            <code>{kind}</code> {t(`practices.kind.${kind}`)}
          </li>
        ))}
      </ul>
      {practiceSchemes.map((scheme) => (
        <section>
          <h2 id={scheme}>{t(`search.facet.${scheme}`)}</h2>
          <ul>
            {conceptIdsOf(scheme).map((id) => (
              <li>
                <code>{id}</code>{' '}
                <a href={ctx.href(`/concepts/${encodeURIComponent(id)}`)}>{labelOfConcept(id, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
