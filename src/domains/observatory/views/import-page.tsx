import type { Selectable } from 'kysely';
import type { IndicatorImportsTable } from '../../../platform/db/schema.ts';
import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import { ColumnTable, rowHeaderColumn, type TColumn } from '../../../ui/components/column-table.tsx';
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

/** An import of a series, with the name of who made it (none: the system). */
type TImportRow = Selectable<IndicatorImportsTable> & { actor_name: string | null };

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
  imports: readonly TImportRow[];
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
        <ColumnTable items={imports} columns={historyColumns(ctx, titles)} />
      )}
    </Layout>
  );
}

/** The upload history: when, which series (and file), who, and what changed. */
function historyColumns(ctx: TViewContext, titles: ReadonlyMap<string, string>): TColumn<TImportRow>[] {
  const { t, i18n } = ctx;
  return [
    { header: t('observatory.upload.when'), cell: (i) => i18n.formatDateTime(i.imported_at, 'UTC') },
    rowHeaderColumn(t('observatory.table.indicator'), (i) => (
      <>
        <a href={ctx.href(`/data/${encodeURIComponent(i.series_id)}`)}>
          {titles.get(i.series_id) ?? i.series_id}
        </a>
        <br />
        <small dir="ltr">{i.file_name}</small>
      </>
    )),
    {
      header: t('observatory.upload.who'),
      cell: (i) => (i.actor_name ? <bdi>{i.actor_name}</bdi> : t('observatory.upload.system')),
    },
    {
      header: t('observatory.upload.changes'),
      cell: (i) =>
        t('observatory.upload.counts', {
          added: i.added,
          changed: i.changed,
          withdrawn: i.withdrawn,
          skipped: i.skipped,
        }),
    },
  ];
}
