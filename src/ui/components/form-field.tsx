import type { Child } from 'hono/jsx';
import type { TFormValues } from '../../core/validation.ts';
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

/** What every field of one form shares: spread it into each field (`{...common}`). */
export type TFormBinding = {
  ctx: TViewContext;
  /** The form's id prefix, so two forms on one page do not share element ids. */
  form: string;
  state: TFormState;
};

/** The props every field takes: the form it belongs to, the name it sends, its label and hint. */
export type TFieldProps = TFormBinding & {
  /** The name the field sends, and that its value and error are keyed by. */
  name: string;
  label: string;
  hint?: string | undefined;
};

type TTextFieldProps = TFieldProps & {
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'number' | 'date' | 'time';
  autocomplete?: string;
  isRequired?: boolean;
  maxLength?: number;
  inputMode?: 'decimal' | 'numeric';
  step?: string;
  min?: string;
  /** The id of a datalist that suggests values. */
  list?: string;
  /** The value to show when it does not come from state.values[name] (repeated rows). */
  value?: string;
  /** The submitted name when it differs from the one errors are keyed by (repeated rows). */
  inputName?: string;
  /** The id of an error shown after this field and about it too (a date and time pair's): tied and invalid. */
  sharedErrorId?: string | undefined;
  /** The language of the text, when the form asks for one language (translations). */
  lang?: string | undefined;
  /** The text's direction: "auto" for names people write in their own script, or a translation's own. */
  dir?: 'auto' | 'ltr' | 'rtl' | undefined;
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

/** The attributes that make a control this field's: its id, and its hint and error tied to it. */
export function controlAttributes({ form, name, state, hint }: TFieldProps) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}

/** A field of one control: its label, then its hint and error, then the control (the children). */
export function LabelledField(props: TFieldProps & { children: Child }) {
  const id = fieldId(props.form, props.name);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <FieldMessages ctx={props.ctx} id={id} hint={props.hint} error={props.state.errors[props.name]} />
      {props.children}
    </div>
  );
}

/** A one-line input of any type (text, email, URL, number, date, time…), never showing a password back. */
export function TextField(props: TTextFieldProps) {
  const { name, state, type = 'text', isRequired = false, value, inputName, sharedErrorId } = props;
  const attributes = controlAttributes(props);
  return (
    <LabelledField {...props}>
      <input
        {...attributes}
        aria-invalid={sharedErrorId ? 'true' : attributes['aria-invalid']}
        aria-describedby={
          [attributes['aria-describedby'], sharedErrorId].filter(Boolean).join(' ') || undefined
        }
        name={inputName ?? name}
        type={type}
        value={type === 'password' ? undefined : (value ?? formValue(state.values, name))}
        autocomplete={props.autocomplete}
        required={isRequired}
        maxlength={props.maxLength}
        inputmode={props.inputMode}
        step={props.step}
        min={props.min}
        list={props.list}
        lang={props.lang}
        dir={props.dir}
      />
    </LabelledField>
  );
}

/**
 * The notice at the top of a form that failed (the GOV.UK error summary): a heading, the form-wide
 * message if there is one, then one link per field that names the field and says what is wrong. It
 * takes the focus when the page loads, so keyboard and screen-reader users start there. The field
 * names are filled in from the fields' own labels once the page is rendered (ui/error-summary.ts).
 */
export function ErrorSummary({
  ctx,
  form,
  state,
  targets = {},
}: {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  /** The field a link goes to when an error's name is not a control's (a date and time pair's). */
  targets?: Record<string, string>;
}) {
  const entries = Object.entries(state.errors);
  if (entries.length === 0) return null;
  const formError = state.errors._form;
  const fieldErrors = entries.filter(([name]) => name !== '_form');
  const titleId = `${form}-errors-title`;
  return (
    <div
      class="notice error error-summary"
      role="alert"
      id={`${form}-errors`}
      tabindex={-1}
      autofocus
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{ctx.t('validation.summaryTitle')}</h2>
      {formError ? <p>{ctx.t(formError)}</p> : null}
      {fieldErrors.length > 0 ? (
        <>
          <p>{ctx.t('validation.summary', { count: fieldErrors.length })}</p>
          <ul data-error-list="">
            {fieldErrors.map(([name, key]) => {
              const target = fieldId(form, targets[name] ?? name);
              return (
                <li data-error-for={target}>
                  <a href={`#${target}`}>
                    <span class="error-field" data-label-for={target}></span>
                    {ctx.t(key)}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: TViewContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}
