import type { Child } from 'hono/jsx';
import { locales } from '../../i18n/locales.ts';
import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';
import { CsrfField, ErrorSummary, type TFormState } from './form-field.tsx';

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

/** The hub's languages by their own names: the options of a record's language (for FormFields or a SelectField). */
export const hubLanguageOptions = locales.map((l) => ({ value: l.tag, label: l.endonym }));
