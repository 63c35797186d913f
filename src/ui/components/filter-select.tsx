import type { TOption } from './select-field.tsx';

/**
 * One filter of a list's GET form: a labelled `<select>` whose empty first option means "any", with
 * the current value chosen. Filter forms have no errors or hints to tie, so this is lighter than
 * `SelectField` (which keeps a posted form's state).
 */
export function FilterSelect(props: {
  name: string;
  label: string;
  /** The first option's label: "Any", "All cycles", … */
  anyLabel: string;
  value: string | null | undefined;
  options: readonly TOption[];
  /** The control's id; `filter-<name>` unless told. */
  id?: string;
}) {
  const id = props.id ?? `filter-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
