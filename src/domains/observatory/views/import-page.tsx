import type { Selectable } from 'kysely';
import type { IndicatorImportsTable } from '../../../platform/db/schema.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { DataTable } from '../../../ui/components/data-table.tsx';
import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { maxIndicatorFileBytes } from '../indicator-file.ts';
import type { TImportReport } from '../indicator-import.service.ts';
import { describeImport } from '../indicator-report.ts';
import type { TSeries } from '../observatory.service.ts';
import { seriesTitle } from '../observatory-display.ts';
import { ObservatoryStyles } from './observatory-styles.tsx';

/**
 * /{locale}/admin/indicators: the secretariat loads a new release of a series (a tab-separated file
 * as the UN Statistics Division publishes it). The page says what the file changed, or which lines
 * it refused and why; below, the series held and the latest imports.
 */
export function ImportPage({
  ctx,
  imports,
  series,
  report,
  error,
  isSkipping = false,
}: {
  ctx: TViewContext;
  imports: readonly (Selectable<IndicatorImportsTable> & { actor_name: string | null })[];
  series: readonly TSeries[];
  report?: TImportReport | undefined;
  error?: string | undefined;
  isSkipping?: boolean | undefined;
}) {
  const { t, i18n } = ctx;
  const state: TFormState = {
    values: isSkipping ? { skipInvalid: 'on' } : {},
    errors: error ? { file: error } : {},
  };
  const common = { ctx, form: 'indicators', state };
  const titles = new Map(series.map((s) => [s.id, seriesTitle(i18n, s)]));
  return (
    <Layout ctx={ctx} title={t('observatory.upload.title')} isPrivate>
      <ObservatoryStyles />
      <p class="breadcrumbs">
        <a href={ctx.href('/admin')}>{t('admin.index.title')}</a>
      </p>
      <h1>{t('observatory.upload.title')}</h1>
      <p class="lead">{t('observatory.upload.lead', { max: maxIndicatorFileBytes / 1024 / 1024 })}</p>
      {report ? (
        <div
          class={`notice ${report.outcome === 'refused' ? 'error' : 'ok'}`}
          role={report.outcome === 'refused' ? 'alert' : 'status'}
        >
          <p>
            <strong>{t(`observatory.upload.outcome.${report.outcome}`)}</strong>
          </p>
          <ul>
            {describeImport(i18n, report).map((line) => (
              <li dir="auto">{line}</li>
            ))}
          </ul>
          {report.outcome === 'refused' && report.problems.length > 0 ? (
            <p>{t('observatory.upload.skipHint')}</p>
          ) : null}
        </div>
      ) : null}
      <form novalidate method="post" action={ctx.href('/admin/indicators')} enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <FileField
          {...common}
          name="file"
          label={t('observatory.upload.file')}
          hint={t('observatory.upload.fileHint')}
          accept=".tsv,.txt,.gz,text/tab-separated-values"
        />
        <CheckboxField {...common} name="skipInvalid" label={t('observatory.upload.skipInvalid')} />
        <button type="submit">{t('observatory.upload.submit')}</button>
      </form>
      <h2>{t('observatory.upload.history')}</h2>
      {imports.length === 0 ? (
        <p>{t('observatory.upload.noHistory')}</p>
      ) : (
        <DataTable
          headers={[
            t('observatory.upload.when'),
            t('observatory.table.indicator'),
            t('observatory.upload.who'),
            t('observatory.upload.changes'),
          ]}
          items={imports}
          row={(i) => (
            <>
              <td>{i18n.formatDateTime(i.imported_at, 'UTC')}</td>
              <th scope="row">
                <a href={ctx.href(`/data/${encodeURIComponent(i.series_id)}`)}>
                  {titles.get(i.series_id) ?? i.series_id}
                </a>
                <br />
                <small dir="ltr">{i.file_name}</small>
              </th>
              <td>{i.actor_name ? <bdi>{i.actor_name}</bdi> : t('observatory.upload.system')}</td>
              <td>
                {t('observatory.upload.counts', {
                  added: i.added,
                  changed: i.changed,
                  withdrawn: i.withdrawn,
                  skipped: i.skipped,
                })}
              </td>
            </>
          )}
        />
      )}
    </Layout>
  );
}
