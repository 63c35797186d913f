import type { TViewContext } from '../view-context.ts';
import {
  controlAttributes,
  fieldId,
  formValue,
  formValues,
  LabelledField,
  type TFieldProps,
} from './form-field.tsx';

/** An option, with other words a filter box finds it by (a zone's countries, its offset written short). */
export type TOption = { value: string; label: string; terms?: string };

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
  /**
   * A filter box above a long list (time zones), labelled so: app.js shows it and hides the options
   * whose label and terms do not contain what is typed; without a script the whole list stays.
   */
  filterLabel?: string;
};

/** A select, single or multiple, with its label, hint and error tied to it and the chosen options kept. */
export function SelectField(props: TSelectFieldProps) {
  const { name, state, placeholder, isMultiple = false } = props;
  const chosen = new Set(
    isMultiple ? formValues(state, name) : [props.value ?? formValue(state.values, name)],
  );
  const id = fieldId(props.form, name);
  const option = (o: TOption) => (
    <option value={o.value} selected={chosen.has(o.value)} data-terms={o.terms}>
      {o.label}
    </option>
  );
  return (
    <LabelledField {...props}>
      {props.filterLabel !== undefined ? (
        <ZoneFilter ctx={props.ctx} controls={id} label={props.filterLabel} />
      ) : null}
      <select
        {...controlAttributes(props)}
        name={props.inputName ?? name}
        multiple={isMultiple}
        size={props.size ?? (isMultiple ? 8 : undefined)}
        required={props.isRequired ?? false}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {props.options.map(option)}
        {(props.groups ?? []).map((group) => (
          <optgroup label={group.label}>{group.options.map(option)}</optgroup>
        ))}
      </select>
    </LabelledField>
  );
}

/**
 * The filter box of a long select, hidden until app.js shows it: typing hides the options whose label
 * and terms do not contain what is typed (a city, a country, a zone name, an offset). Used by time-zone
 * selects, whose every option carries terms.
 */
export function ZoneFilter(props: { ctx: TViewContext; controls: string; label?: string }) {
  const id = `${props.controls}-filter`;
  return (
    <p class="choice-filter" hidden>
      <label for={id}>{props.label ?? props.ctx.t('common.pickers.zoneFilter')}</label>
      <input
        type="search"
        id={id}
        autocomplete="off"
        dir="auto"
        aria-controls={props.controls}
        data-select-filter=""
      />
      <span class="hint" data-select-none="" hidden>
        {props.ctx.t('common.pickers.noMatch')}
      </span>
    </p>
  );
}
