import type { TFormValues } from '../../http/forms.ts';
import type { TViewContext } from '../view-context.ts';

/**
 * Form building blocks that follow the house rules: a visible label, the hint and the error tied to
 * the input with aria-describedby, aria-invalid on error, and what the user typed kept (never secrets).
 */
export type TFormState = {
  values: TFormValues;
  /** Message keys per field name; "_form" is an error about the whole form. */
  errors: Record<string, string>;
};

export const emptyFormState: TFormState = { values: {}, errors: {} };

export function formValue(values: TFormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

type TTextFieldProps = {
  ctx: TViewContext;
  /** The form's id prefix, so two forms on one page do not share element ids. */
  form: string;
  name: string;
  label: string;
  state: TFormState;
  type?: 'text' | 'email' | 'password' | 'search';
  hint?: string | undefined;
  autocomplete?: string;
  isRequired?: boolean;
  maxLength?: number;
};

export function fieldId(form: string, name: string): string {
  return `${form}-${name}`;
}

/** The ids a control's aria-describedby names: its hint and its error, when it has them. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and translated error, with the ids describedBy() points to. */
export function FieldMessages({
  ctx,
  id,
  hint,
  error,
}: {
  ctx: TViewContext;
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {ctx.t(error)}
        </p>
      ) : null}
    </>
  );
}

/** Every value a form sent under a name (multi-selects and check-box groups), as a list. */
export function formValues(state: TFormState, name: string): string[] {
  const v = state.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function TextField({
  ctx,
  form,
  name,
  label,
  state,
  type = 'text',
  hint,
  autocomplete,
  isRequired = false,
  maxLength,
}: TTextFieldProps) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        value={type === 'password' ? undefined : formValue(state.values, name)}
        autocomplete={autocomplete}
        required={isRequired}
        maxlength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

/**
 * The notice at the top of a form that failed: the form-wide message if there is one, else the
 * number of fields to fix with a link to each.
 */
export function ErrorSummary({ ctx, form, state }: { ctx: TViewContext; form: string; state: TFormState }) {
  const entries = Object.entries(state.errors);
  if (entries.length === 0) return null;
  const formError = state.errors._form;
  const fieldErrors = entries.filter(([name]) => name !== '_form');
  return (
    <div class="notice error" role="alert" id={`${form}-errors`}>
      {formError ? <p>{ctx.t(formError)}</p> : null}
      {fieldErrors.length > 0 ? (
        <>
          <p>{ctx.t('validation.summary', { count: fieldErrors.length })}</p>
          <ul>
            {fieldErrors.map(([name, key]) => (
              <li>
                <a href={`#${fieldId(form, name)}`}>{ctx.t(key)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: TViewContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}
