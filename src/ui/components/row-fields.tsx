import type { TFormState } from './form-field.tsx';
import { FormFields, type TFieldEntry } from './form-fields.tsx';
import { RepeatableRows, rowValue, type TRepeatableRowsProps } from './repeatable-rows.tsx';

/** A part of a row shown as one field: the FormFields entry of a one-line input or a select. */
type TShownPart = Extract<TFieldEntry, { text: string } | { select: string }>;

/**
 * One part of a row, described as data like a FormFields entry: the kind of control is the key that
 * holds the name the part is sent under in every row (`text: 'linkUrl'`), which is also its label's key
 * unless `label` names another; `id` ends the control's id (`practice-links-2-url`). `hidden` sends a
 * part the form keeps without showing it (a summary only the API sets).
 */
export type TRowPart = (TShownPart & { id: string }) | { hidden: string };

export type TRowFieldsProps = Omit<TRepeatableRowsProps, 'parts' | 'row'> & {
  /** Turns a part's label and hint keys into text, as FormFields' `labels` does. */
  labels: (key: string) => string;
  /** The parts of one row, in order. */
  parts: readonly TRowPart[];
};

/** The name a part is sent under. */
function sentName(part: TRowPart): string {
  if ('hidden' in part) return part.hidden;
  return 'text' in part ? part.text : part.select;
}

/** Part `part` of row `index` of list `list` as a FormFields entry, holding that row's value. */
function rowEntry(list: string, state: TFormState, part: TRowPart, index: number): TFieldEntry {
  const sent = sentName(part);
  const value = rowValue(state, sent, index);
  if ('hidden' in part) return { element: <input type="hidden" name={sent} value={value} /> };
  const { id, ...entry } = part;
  const name = `${list}-${index}-${id}`;
  const at = { label: entry.label ?? sent, inputName: sent, value };
  return 'text' in entry ? { ...entry, ...at, text: name } : { ...entry, ...at, select: name };
}

/**
 * A list of rows (RepeatableRows) whose row is a few fields given as data: each row lists `parts` through
 * FormFields, every control named after the list, the row and the part, and holding that row's value.
 * The row editors of every form (implementers, evidence, materials, questions, addresses…) are this.
 */
export function RowFields({ labels, parts, ...list }: TRowFieldsProps) {
  const { ctx, form, state, name } = list;
  return (
    <RepeatableRows
      {...list}
      parts={parts.map(sentName)}
      row={(index) => (
        <FormFields
          ctx={ctx}
          form={form}
          state={state}
          labels={labels}
          fields={parts.map((part) => rowEntry(name, state, part, index))}
        />
      )}
    />
  );
}
