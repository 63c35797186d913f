import { CsrfField, emptyFormState, TextField } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { reportReasons } from '../moderation.service.ts';

/** Moderation forms shared by the thread page and the queue: each asks for the reason the person concerned will read. */
export function ReasonForm({
  ctx,
  action,
  form,
  submit,
  extra = {},
}: {
  ctx: TViewContext;
  action: string;
  form: string;
  submit: string;
  extra?: Record<string, string>;
}) {
  return (
    <form novalidate method="post" action={action} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(extra).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <TextField
        ctx={ctx}
        form={form}
        state={emptyFormState}
        name="reason"
        label={ctx.t('communities.moderation.reason')}
        hint={ctx.t('communities.moderation.reasonHint')}
        isRequired
        maxLength={500}
      />
      <button type="submit">{submit}</button>
    </form>
  );
}

export function ReportForm({ ctx, action, form }: { ctx: TViewContext; action: string; form: string }) {
  const { t } = ctx;
  return (
    <details>
      <summary>{t('communities.report.open')}</summary>
      <form novalidate method="post" action={action}>
        <CsrfField ctx={ctx} />
        <SelectField
          ctx={ctx}
          form={form}
          state={emptyFormState}
          name="reason"
          label={t('communities.report.reason')}
          options={reportReasons.map((r) => ({ value: r, label: t(`communities.report.reasons.${r}`) }))}
        />
        <TextAreaField
          ctx={ctx}
          form={form}
          state={emptyFormState}
          name="details"
          label={t('communities.report.details')}
          rows={3}
          maxLength={1000}
        />
        <button type="submit">{t('communities.report.submit')}</button>
      </form>
    </details>
  );
}
