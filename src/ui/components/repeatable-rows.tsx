import type { Child } from 'hono/jsx';
import type { TViewContext } from '../view-context.ts';
import { FieldMessages, fieldId, formValues, type TFormState } from './form-field.tsx';

/**
 * Rows of the same few fields (an implementer: organisation, role, website), instead of a textarea with
 * a delimiter syntax. Each row is its own fieldset ("Implementer 2"). Without JavaScript the "Add
 * another" button submits the form with `_add=NAME`, and the page comes back with every value kept and
 * one empty row more (see `withAddedRow`); with app.js the button copies the last row in place.
 * Parts of one row are sent under the same names in every row (`implementerName`, …), in row order.
 */
export type TRepeatableRowsProps = {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  /** The name errors about the whole list are keyed by; also the fieldset's id part and `_add`'s value. */
  name: string;
  legend: string;
  hint?: string | undefined;
  /** "Implementer {n}": the legend of one row; called with "§" for the copy app.js numbers itself. */
  rowLegend: (n: string) => string;
  addLabel: string;
  /** The submitted names of a row's parts: the row count is the longest list sent under them. */
  parts: readonly string[];
  /** One row's fields; `index` from 0. Ids of its controls must contain `-${index}-`. */
  row: (index: number) => Child;
  /** At most this many rows: "Add another" is gone once they are there. */
  max?: number | undefined;
};

/** How many rows the lists sent under `parts` fill (at least one, so there is always a row to fill). */
export function rowCount(state: TFormState, parts: readonly string[]): number {
  return Math.max(1, ...parts.map((p) => formValues(state, p).length));
}

/** The value of part `name` in row `index`. */
export function rowValue(state: TFormState, name: string, index: number): string {
  return formValues(state, name)[index] ?? '';
}

/**
 * The form values with one empty row more for the list whose parts are `parts` (the no-script "Add
 * another"). Every part gets the same length first, so rows stay aligned.
 */
export function withAddedRow(values: TFormState['values'], parts: readonly string[]) {
  const count = rowCount({ values, errors: {} }, parts);
  const next = { ...values };
  for (const part of parts) {
    const list = formValues({ values, errors: {} }, part);
    next[part] = [...list, ...Array.from({ length: count + 1 - list.length }, () => '')];
  }
  return next;
}

export function RepeatableRows(props: TRepeatableRowsProps) {
  const { ctx, form, state, name } = props;
  const id = fieldId(form, name);
  const error = state.errors[name];
  const count = rowCount(state, props.parts);
  return (
    <fieldset
      class="field repeatable"
      id={id}
      data-repeatable=""
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={
        [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend>{props.legend}</legend>
      <FieldMessages ctx={ctx} id={id} hint={props.hint} error={error} />
      <div class="repeat-rows">
        {Array.from({ length: count }, (_, index) => (
          <fieldset class="repeat-row" data-repeat-row="">
            <legend>{props.rowLegend(new Intl.NumberFormat(ctx.locale).format(index + 1))}</legend>
            {props.row(index)}
          </fieldset>
        ))}
      </div>
      <p hidden={props.max !== undefined && count >= props.max ? true : undefined}>
        <button
          type="submit"
          class="secondary"
          name="_add"
          value={name}
          formnovalidate
          data-repeat-add=""
          data-form-step=""
          data-row-legend={props.rowLegend('§')}
          data-repeat-max={props.max === undefined ? undefined : String(props.max)}
        >
          {props.addLabel}
        </button>
      </p>
    </fieldset>
  );
}

/**
 * The filled rows of a list whose parts are `parts`, each as `{ part: value }` (trimmed); a row whose
 * parts are all empty is left out. What a form's handler turns into the shape its service takes.
 */
export function filledRows<TPart extends string>(
  values: TFormState['values'],
  parts: readonly TPart[],
): Record<TPart, string>[] {
  const state = { values, errors: {} };
  const rows: Record<TPart, string>[] = [];
  for (let index = 0; index < rowCount(state, parts); index += 1) {
    const row = Object.fromEntries(parts.map((p) => [p, rowValue(state, p, index).trim()])) as Record<
      TPart,
      string
    >;
    if (parts.some((p) => row[p] !== '')) rows.push(row);
  }
  return rows;
}

/**
 * The no-script "Add another" of a form with several row lists (`lists`: the `_add` value → that list's
 * parts): the values with one empty row more in the list named, or null when no list was named.
 */
export function withRowAddedTo(
  values: TFormState['values'],
  lists: Readonly<Record<string, readonly string[]>>,
): TFormState['values'] | null {
  const wanted = values._add;
  const name = Array.isArray(wanted) ? wanted[0] : wanted;
  const parts = name && Object.hasOwn(lists, name) ? lists[name] : undefined;
  return parts ? withAddedRow(values, parts) : null;
}
