import type { Child } from 'hono/jsx';
import {
  describedBy,
  FieldMessages,
  fieldId,
  formValues,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** Form controls the practice form needs beyond TextField: text areas, selects and checkbox groups. */
type TBase = {
  ctx: TViewContext;
  form: string;
  name: string;
  label: string;
  state: TFormState;
  hint?: string;
};

export function TextArea({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  rows = 4,
  maxLength,
  lang,
  dir,
}: TBase & {
  rows?: number;
  maxLength?: number;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}) {
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
        maxlength={maxLength}
        lang={lang}
        dir={dir}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {formValues(state, name)[0] ?? ''}
      </textarea>
    </div>
  );
}

export function Select({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  options,
  isMultiple = false,
  hasEmpty = false,
}: TBase & { options: { value: string; label: string }[]; isMultiple?: boolean; hasEmpty?: boolean }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  const chosen = new Set(formValues(state, name));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        multiple={isMultiple}
        size={isMultiple ? 8 : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {hasEmpty ? <option value="">{ctx.t('practices.form.choose')}</option> : null}
        {options.map((o) => (
          <option value={o.value} selected={chosen.has(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup({
  ctx,
  form,
  name,
  label,
  state,
  hint,
  options,
}: TBase & { options: { value: string; label: string }[] }) {
  const id = fieldId(form, name);
  const error = state.errors[name];
  const chosen = new Set(formValues(state, name));
  return (
    <fieldset
      class="field checkboxes"
      id={id}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{label}</legend>
      <FieldMessages ctx={ctx} id={id} hint={hint} error={error} />
      {options.map((o, i) => (
        <label class="check">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            id={`${id}-${i}`}
            checked={chosen.has(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: Child }) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
