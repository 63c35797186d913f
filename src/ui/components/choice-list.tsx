import { FieldMessages, fieldId, formValues, type TFieldProps } from './form-field.tsx';
import type { TOption, TOptionGroup } from './select-field.tsx';

/** An option with other words the filter box finds it by (a country's code and English name…). */
export type TChoice = TOption & { terms?: string };
export type TChoiceGroup = { label: string; options: readonly TChoice[] };

type TChoiceListProps = TFieldProps & {
  /** Options under no heading, shown first. */
  options?: readonly TChoice[];
  /** Options under headings (countries by region). */
  groups?: readonly (TChoiceGroup | TOptionGroup)[];
};

/**
 * A searchable list of check boxes that sends one name: the countries, themes or populations a record
 * is about, instead of a Ctrl-click multi-select. A fieldset (legend = label) holds the hint, the error,
 * a filter box and a scrolling list of check boxes grouped under headings. Ticked boxes come first,
 * under "Chosen", so a person editing a record sees its choices without scrolling. Without JavaScript
 * every box is there and the filter box stays hidden; app.js shows it and hides the boxes whose
 * label (or terms) do not contain what is typed, accents and case aside.
 */
export function ChoiceList(props: TChoiceListProps) {
  const { ctx, name, state } = props;
  const id = fieldId(props.form, name);
  const error = state.errors[name];
  const chosen = new Set(formValues(state, name));
  const allGroups: TChoiceGroup[] = [
    ...(props.options && props.options.length > 0 ? [{ label: '', options: props.options }] : []),
    ...(props.groups ?? []),
  ];
  const chosenOptions = allGroups.flatMap((g) => g.options).filter((o) => chosen.has(o.value));
  const shownGroups: TChoiceGroup[] = [
    ...(chosenOptions.length > 0 ? [{ label: ctx.t('common.pickers.chosen'), options: chosenOptions }] : []),
    ...allGroups.map((g) => ({ label: g.label, options: g.options.filter((o) => !chosen.has(o.value)) })),
  ].filter((g) => g.options.length > 0);
  let index = 0;
  const box = (o: TChoice) => {
    const boxId = `${id}-${index++}`;
    return (
      <li data-terms={o.terms}>
        <input type="checkbox" id={boxId} name={name} value={o.value} checked={chosen.has(o.value)} />{' '}
        <label for={boxId}>{o.label}</label>
      </li>
    );
  };
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class="field choice-list"
      id={id}
      data-choice-list=""
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? 'true' : undefined}
    >
      <legend>{props.label}</legend>
      <FieldMessages ctx={ctx} id={id} hint={props.hint} error={error} />
      <p class="choice-filter" hidden>
        <label for={`${id}-filter`}>{ctx.t('common.pickers.filter')}</label>
        <input type="search" id={`${id}-filter`} autocomplete="off" data-choice-filter="" />
      </p>
      <div class="choice-scroll">
        {shownGroups.map((group) =>
          group.label === '' ? (
            <ul class="checkboxes">{group.options.map(box)}</ul>
          ) : (
            <fieldset class="choice-group">
              <legend>{group.label}</legend>
              <ul class="checkboxes">{group.options.map(box)}</ul>
            </fieldset>
          ),
        )}
      </div>
      <p class="hint" data-choice-none="" hidden>
        {ctx.t('common.pickers.noMatch')}
      </p>
    </fieldset>
  );
}
