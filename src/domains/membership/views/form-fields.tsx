import {
  describedBy,
  FieldMessages,
  fieldId,
  formValue,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * Form fields beyond the shared text input: text areas, selects (single and multiple), a checkbox
 * and a file input. Same rules: visible label, hint and error tied with aria-describedby.
 */
type TBaseProps = {
  ctx: TViewContext;
  form: string;
  name: string;
  label: string;
  state: TFormState;
  hint?: string | undefined;
  isRequired?: boolean;
};

export function TextAreaField({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  isRequired = false,
  maxLength,
  rows = 6,
  dir,
}: TBaseProps & { maxLength?: number; rows?: number; dir?: string }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={isRequired}
        maxlength={maxLength}
        dir={dir ?? 'auto'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {formValue(state.values, name)}
      </textarea>
    </div>
  );
}

export type TOption = { value: string; label: string };

export function SelectField({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  isRequired = false,
  options,
  placeholder,
}: TBaseProps & { options: readonly TOption[]; placeholder: string }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  const chosen = formValue(state.values, name);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        required={isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === chosen}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MultiSelectField({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  options,
  size = 8,
}: TBaseProps & { options: readonly TOption[]; size?: number }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  const raw = state.values[name];
  const chosen = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        multiple
        size={size}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((o) => (
          <option value={o.value} selected={chosen.has(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  value = 'on',
}: TBaseProps & { value?: string }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return (
    <div class="field checkbox">
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <span>
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          checked={formValue(state.values, name) === value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />{' '}
        <label for={id}>{label}</label>
      </span>
    </div>
  );
}

export function FileField({ ctx, form, name, label, state, hint, accept }: TBaseProps & { accept: string }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <input
        id={id}
        type="file"
        name={name}
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
