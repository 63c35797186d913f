import { controlAttributes, FieldMessages, formValues, type TFieldProps } from './form-field.tsx';
import type { TOption } from './select-field.tsx';

/**
 * Check boxes that send one name: a fieldset whose legend is the label, the hint and error tied to
 * the group, each box with its own label, and the ticked ones kept.
 */
export function CheckboxGroup(props: TFieldProps & { options: readonly TOption[] }) {
  const { ctx, name, state } = props;
  const group = controlAttributes(props);
  const chosen = new Set(formValues(state, name));
  return (
    <fieldset class="field" {...group}>
      <legend>{props.label}</legend>
      <FieldMessages ctx={ctx} id={group.id} hint={props.hint} error={state.errors[name]} />
      <ul class="checkboxes">
        {props.options.map((o, index) => (
          <li>
            <input
              type="checkbox"
              id={`${group.id}-${index}`}
              name={name}
              value={o.value}
              checked={chosen.has(o.value)}
            />{' '}
            <label for={`${group.id}-${index}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
