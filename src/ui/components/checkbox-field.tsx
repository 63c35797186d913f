import { controlAttributes, FieldMessages, fieldId, formValue, type TFieldProps } from './form-field.tsx';

/** One check box (consent, a yes/no choice) with its label after it, kept ticked on re-render. */
export function CheckboxField(props: TFieldProps & { value?: string }) {
  const { ctx, name, state, value = 'on' } = props;
  const id = fieldId(props.form, name);
  return (
    <div class="field checkbox">
      <FieldMessages ctx={ctx} id={id} hint={props.hint} error={state.errors[name]} />
      <span>
        <input
          {...controlAttributes(props)}
          type="checkbox"
          name={name}
          value={value}
          checked={formValue(state.values, name) === value}
        />{' '}
        <label for={id}>{props.label}</label>
      </span>
    </div>
  );
}
