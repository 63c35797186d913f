import { controlAttributes, formValue, formValues, LabelledField, type TFieldProps } from './form-field.tsx';

export type TOption = { value: string; label: string };

/** Options under a heading (`<optgroup>`): a long list split by region, kind, … */
export type TOptionGroup = { label: string; options: readonly TOption[] };

type TSelectFieldProps = TFieldProps & {
  options: readonly TOption[];
  /** Options grouped under headings, after the ungrouped `options`. */
  groups?: readonly TOptionGroup[];
  /** The label of an empty first option (none without it). */
  placeholder?: string;
  isMultiple?: boolean;
  /** Rows shown; a multiple select shows 8 unless told. */
  size?: number;
  isRequired?: boolean;
  /** The chosen value when it does not come from state.values[name] (repeated rows). */
  value?: string;
  /** The submitted name when it differs from the one errors are keyed by (repeated rows). */
  inputName?: string;
};

/** A select, single or multiple, with its label, hint and error tied to it and the chosen options kept. */
export function SelectField(props: TSelectFieldProps) {
  const { name, state, placeholder, isMultiple = false } = props;
  const chosen = new Set(
    isMultiple ? formValues(state, name) : [props.value ?? formValue(state.values, name)],
  );
  return (
    <LabelledField {...props}>
      <select
        {...controlAttributes(props)}
        name={props.inputName ?? name}
        multiple={isMultiple}
        size={props.size ?? (isMultiple ? 8 : undefined)}
        required={props.isRequired ?? false}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={chosen.has(o.value)}>
            {o.label}
          </option>
        ))}
        {(props.groups ?? []).map((group) => (
          <optgroup label={group.label}>
            {group.options.map((o) => (
              <option value={o.value} selected={chosen.has(o.value)}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </LabelledField>
  );
}
