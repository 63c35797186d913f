import type { Child } from 'hono/jsx';
import { locales } from '../../i18n/locales.ts';
import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';
import { CsrfField, ErrorSummary, TextField, type TFormBinding, type TFormState } from './form-field.tsx';
import { SelectField } from './select-field.tsx';

/**
 * The page of a form that writes one record (a campaign, a news article…): the title as heading, then
 * the form with its CSRF token, the version the record was shown at (when editing), the error summary,
 * the record's own fields (the children) and one submit button.
 */
export function RecordFormPage(props: {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  title: string;
  /** Where the form posts. */
  action: string;
  /** The version of the record being edited; null for a new one. */
  version: number | null;
  /** A form that sends files. */
  isMultipart?: boolean;
  submitLabel: string;
  children: Child;
}) {
  const { ctx, form, state, title, version } = props;
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <form
        method="post"
        action={props.action}
        class="stack"
        enctype={props.isMultipart ? 'multipart/form-data' : undefined}
        novalidate
      >
        <CsrfField ctx={ctx} />
        {version !== null ? <input type="hidden" name="version" value={String(version)} /> : null}
        <ErrorSummary ctx={ctx} form={form} state={state} />
        {props.children}
        <button type="submit">{props.submitLabel}</button>
      </form>
    </Layout>
  );
}

/** The hub's languages by their own names: what a record is written in. */
export const hubLanguageOptions = locales.map((l) => ({ value: l.tag, label: l.endonym }));

/** The language a record is written in, one of the hub's languages (the field is named "language" unless told). */
export function RecordLanguageField(
  props: TFormBinding & { label: string; placeholder?: string; name?: string },
) {
  return (
    <SelectField
      {...props}
      name={props.name ?? 'language'}
      label={props.label}
      placeholder={props.placeholder}
      options={hubLanguageOptions}
    />
  );
}

/** Date inputs that share one hint (a record's first and last day), one after the other. */
export function DateFields(
  props: TFormBinding & { dates: readonly { name: string; label: string }[]; hint: string },
) {
  const { dates, hint, ...binding } = props;
  return (
    <>
      {dates.map(({ name, label }) => (
        <TextField {...binding} name={name} type="date" label={label} hint={hint} />
      ))}
    </>
  );
}
