import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { queueSorts, type TQueueSort } from '../practice-completeness.ts';
import type { TPracticeWithCompleteness } from '../practice-read.service.ts';

/** Thresholds the review queue can be narrowed to ("less than 50 % complete"). */
const belowChoices = [50, 75, 100] as const;

/**
 * A table of practices with their status and completeness: the curators' review queue (sortable
 * and filterable by completeness), or a member's own practices.
 */
export function WorkspacePage({
  ctx,
  kind,
  practices,
  query,
}: {
  ctx: TViewContext;
  kind: 'review' | 'mine';
  practices: TPracticeWithCompleteness[];
  query?: { sort: TQueueSort; below: number };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`practices.workspace.${kind}Title`)} isPrivate>
      <h1>{t(`practices.workspace.${kind}Title`)}</h1>
      {kind === 'review' && query ? (
        <form novalidate method="get" action={ctx.href('/practices/review')} class="inline-form">
          <div class="field">
            <label for="queue-sort">{t('practices.workspace.sort')}</label>
            <select id="queue-sort" name="sort">
              {queueSorts.map((sort) => (
                <option value={sort} selected={sort === query.sort}>
                  {t(`practices.workspace.sort_${sort.replace('-', 'desc_')}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="queue-below">{t('practices.workspace.below')}</label>
            <select id="queue-below" name="below">
              <option value="" selected={query.below > 100}>
                {t('practices.workspace.belowAny')}
              </option>
              {belowChoices.map((n) => (
                <option value={String(n)} selected={n === query.below}>
                  {t('practices.workspace.belowPercent', { percent: n / 100 })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="secondary">
            {t('practices.workspace.apply')}
          </button>
        </form>
      ) : null}
      {practices.length === 0 ? (
        <p>{t(`practices.workspace.${kind}Empty`)}</p>
      ) : (
        <DataTable
          headers={[
            t('practices.form.title'),
            t('practices.workspace.status'),
            t('practices.completeness.column'),
            t('practices.workspace.updated'),
          ]}
          items={practices}
          row={(p) => (
            <>
              <td lang={p.language} dir="auto">
                <a href={ctx.href(`/practices/${encodeURIComponent(p.slug)}`)}>{p.title}</a>
              </td>
              <td>{t(`practices.status.${p.status}`)}</td>
              <td>
                <span class="completeness">
                  {t('practices.completeness.percent', { percent: p.completeness.score / 100 })}
                </span>
                {p.completeness.missing.length > 0 ? (
                  <span class="hint">
                    {' '}
                    {t('practices.completeness.missingCount', { count: p.completeness.missing.length })}
                  </span>
                ) : null}
              </td>
              <td>{ctx.i18n.formatDateTime(p.updatedAt)}</td>
            </>
          )}
        />
      )}
      <p>
        <a href={ctx.href('/practices/new')}>{t('practices.index.submit')}</a>
      </p>
      <p>
        <a href={ctx.href('/imports')}>{t('practices.workspace.importDocument')}</a>
      </p>
    </Layout>
  );
}
