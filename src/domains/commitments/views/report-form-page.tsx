import { FileField } from '../../../ui/components/file-field.tsx';
import {
  CsrfField,
  ErrorSummary,
  formValue,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { RowFields } from '../../../ui/components/row-fields.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { evidencePartOf } from '../commitment-form.ts';
import type { TReportForm } from '../commitment-reporting.service.ts';
import { progressLabel, progressStatuses } from '../commitment-vocabulary.ts';
import { CommitmentsStyles, titleFor } from './commitment-bits.tsx';

const form = 'report';

/** A progress report: one block per deliverable, prefilled from the last report. */
export function ReportFormPage({
  ctx,
  data,
  state,
}: {
  ctx: TViewContext;
  data: TReportForm;
  state: TFormState;
}) {
  const { t, i18n } = ctx;
  const { commitment, deliverables, last } = data;
  const title = titleFor(ctx, commitment);
  const base = ctx.href(`/commitments/${encodeURIComponent(commitment.slug)}`);
  const common = { ctx, form, state };
  const statusChoices = progressStatuses.map((s) => ({ value: s, label: progressLabel(i18n, s) }));
  return (
    <Layout ctx={ctx} title={t('commitments.reportForm.title')} isPrivate>
      <CommitmentsStyles />
      <p>
        <a href={base}>{t('commitments.reportForm.back')}</a>
      </p>
      <h1>{t('commitments.reportForm.title')}</h1>
      <p class="lead" lang={title.lang} dir="auto">
        {title.text}
      </p>
      <p class="hint">
        {last
          ? t('commitments.reportForm.prefilled', { date: i18n.formatDate(last.reportedAt) })
          : t('commitments.reportForm.first')}
      </p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form method="post" action={`${base}/report`} class="stack" enctype="multipart/form-data" novalidate>
        <CsrfField ctx={ctx} />
        {deliverables.map((d, index) => (
          <fieldset class="deliverable-row">
            <legend dir="auto">
              {t('commitments.reportForm.deliverable', { number: index + 1, title: d.title })}
            </legend>
            <p class="hint" dir="auto">
              {t('commitments.reportForm.target', { measure: d.measure || '—', target: d.target || '—' })}
            </p>
            <SelectField
              {...common}
              name={`status_${d.id}`}
              label={t('commitments.reportForm.status')}
              options={statusChoices}
            />
            <TextField
              {...common}
              name={`percent_${d.id}`}
              label={t('commitments.reportForm.percent')}
              hint={t('commitments.reportForm.percentHint')}
              inputMode="numeric"
            />
            <TextAreaField
              {...common}
              name={`narrative_${d.id}`}
              label={t('commitments.reportForm.narrative')}
              rows={3}
            />
            <RowFields
              {...common}
              name={`evidence_${d.id}`}
              legend={t('commitments.reportForm.evidence')}
              rowLegend={(n) => t('commitments.form.addressRow', { n })}
              addLabel={t('commitments.form.addAddress')}
              labels={(key) => t(`commitments.form.${key}`)}
              parts={[{ text: evidencePartOf(d.id), id: 'url', label: 'address', type: 'url' }]}
            />
          </fieldset>
        ))}
        <TextAreaField {...common} name="narrative" label={t('commitments.reportForm.overall')} rows={5} />
        <FileField
          {...common}
          name="evidenceFiles"
          label={t('commitments.reportForm.files')}
          hint={t('commitments.reportForm.filesHint')}
          accept=".pdf,.docx,.xlsx,.csv,.png,.jpg,.jpeg"
          isMultiple
        />
        <div class="field">
          <input
            type="checkbox"
            id="report-isFinal"
            name="isFinal"
            checked={formValue(state.values, 'isFinal') === 'on'}
            aria-describedby="report-isFinal-hint"
          />{' '}
          <label for="report-isFinal">{t('commitments.reportForm.final')}</label>
          <p class="hint" id="report-isFinal-hint">
            {t('commitments.reportForm.finalHint')}
          </p>
        </div>
        <p>
          <button type="submit">{t('commitments.reportForm.submit')}</button>
        </p>
      </form>
    </Layout>
  );
}
