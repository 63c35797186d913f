import { stakeholderTypeLabel } from '../../../taxonomy/organization-vocabulary.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { codebookFields } from '../commitment-export.ts';
import { kindLabel, levelLabel, lightLabel, progressLabel, stageLabel } from '../commitment-vocabulary.ts';
import { CommitmentsPage } from './commitment-bits.tsx';

/** What each field of the JSON API and the CSV export means, and the codes it takes with their labels. */
export function CodebookPage({ ctx }: { ctx: TViewContext }) {
  const { t, i18n, locale } = ctx;
  const labelOf = (field: string, code: string): string => {
    switch (field) {
      case 'kind':
        return kindLabel(i18n, code);
      case 'stage':
        return stageLabel(i18n, code);
      case 'level':
        return levelLabel(i18n, code);
      case 'light':
        return lightLabel(i18n, code);
      case 'progressStatus':
        return progressLabel(i18n, code === 'not_reported' ? null : code);
      case 'stakeholderType':
        return stakeholderTypeLabel(i18n, code);
      default:
        return conceptLabel(code, locale);
    }
  };
  return (
    <CommitmentsPage ctx={ctx} page="codebook" hasLead>
      <p>
        <a href="/api/v1/commitments">{t('commitments.index.json')}</a>
        {' · '}
        <a href="/api/v1/commitments?format=csv">{t('commitments.index.csv')}</a>
        {' · '}
        <a href="/api/v1/openapi.json">{t('commitments.codebook.openapi')}</a>
      </p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t('commitments.codebook.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('commitments.codebook.field')}</th>
              <th scope="col">{t('commitments.codebook.type')}</th>
              <th scope="col">{t('commitments.codebook.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {codebookFields.map((f) => (
              <tr id={`field-${f.name}`}>
                <th scope="row">
                  <code dir="ltr">{f.name}</code>
                </th>
                <td>{t(`commitments.codebook.types.${f.type}`)}</td>
                <td>
                  {t(`commitments.codebook.fields.${f.name}`)}
                  {f.values ? (
                    <ul>
                      {f.values().map((code) => (
                        <li>
                          <code dir="ltr">{code}</code> {labelOf(f.name, code)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </CommitmentsPage>
  );
}
