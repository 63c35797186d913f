import type { Child } from 'hono/jsx';
import {
  describedBy,
  FieldMessages,
  fieldId,
  formValue,
  formValues,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * Form controls the commitments forms need beyond the shared TextField: selects, text areas, date
 * inputs, check-box groups and multiple selects, each with its label, hint and error tied to it.
 */
type TBase = {
  ctx: TViewContext;
  form: string;
  name: string;
  label: string;
  state: TFormState;
  hint?: string;
};

function described(form: string, name: string, state: TFormState, hint?: string) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return {
    id,
    error,
    describedBy: describedBy(id, hint, error),
  };
}

/** Every value sent under a name (kept for the commitment form's imports). */
export const values = formValues;

export function Field({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  type = 'text',
  isRequired = false,
  value,
  inputMode,
  inputName,
}: TBase & {
  type?: 'text' | 'date' | 'number' | 'url';
  isRequired?: boolean;
  value?: string;
  inputMode?: 'decimal' | 'numeric';
  /** The submitted name when it differs from the one errors are keyed by (repeated rows). */
  inputName?: string;
}) {
  const { id, error, describedBy } = described(form, name, state, hint);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <input
        id={id}
        name={inputName ?? name}
        type={type}
        value={value ?? formValue(state.values, name)}
        required={isRequired}
        inputmode={inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export function TextArea({ ctx, form, name, label, state, hint, rows = 5 }: TBase & { rows?: number }) {
  const { id, error, describedBy } = described(form, name, state, hint);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        dir="auto"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {formValue(state.values, name)}
      </textarea>
    </div>
  );
}

export type TChoice = { value: string; label: string };

export function Select({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  choices,
  emptyLabel,
  isMultiple = false,
  size,
}: TBase & { choices: readonly TChoice[]; emptyLabel?: string; isMultiple?: boolean; size?: number }) {
  const { id, error, describedBy } = described(form, name, state, hint);
  const chosen = new Set(values(state, name));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        multiple={isMultiple}
        size={size}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {choices.map((c) => (
          <option value={c.value} selected={chosen.has(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Checkboxes({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  choices,
}: TBase & { choices: readonly TChoice[] }) {
  const { id, error, describedBy } = described(form, name, state, hint);
  const chosen = new Set(values(state, name));
  return (
    <fieldset id={id} aria-describedby={describedBy}>
      <legend>{label}</legend>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <ul class="checkboxes">
        {choices.map((c, index) => (
          <li>
            <input
              type="checkbox"
              id={`${id}-${index}`}
              name={name}
              value={c.value}
              checked={chosen.has(c.value)}
            />{' '}
            <label for={`${id}-${index}`}>{c.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function Group({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A file input (several files allowed); a browser never keeps chosen files, so a re-rendered form asks again. */
export function FileField({ ctx, form, name, label, state, hint, accept }: TBase & { accept: string }) {
  const { id, error, describedBy } = described(form, name, state, hint);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
