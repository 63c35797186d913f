import type { Child } from 'hono/jsx';
import { CheckboxField } from './checkbox-field.tsx';
import { ChoiceList } from './choice-list.tsx';
import { TextField, type TFormBinding } from './form-field.tsx';
import { SelectField } from './select-field.tsx';
import { TextAreaField } from './text-area-field.tsx';

/** What a field component takes beyond the form's binding, its name and its label (which the list gives). */
type TOwnProps<TComponent extends (props: never) => unknown> = Omit<
  Parameters<TComponent>[0],
  keyof TFormBinding | 'name' | 'label' | 'hint'
>;

/**
 * The words of a field, as keys the list's `labels` turns into text: the label's key is the field's
 * name unless `label` names another, the hint's key is `hint` (no hint without it).
 */
type TFieldWords = { label?: string; hint?: string };

/**
 * One field of a form, described as data: the kind of control is the key that holds the field's name
 * (`text`, `area`, `select`, `check`, `choices`), the rest are that control's own props. `element`
 * puts any other piece (a map, a disclosure) at its place in the list.
 */
export type TFieldEntry =
  | ({ text: string } & TFieldWords & TOwnProps<typeof TextField>)
  | ({ area: string } & TFieldWords & TOwnProps<typeof TextAreaField>)
  | ({ select: string } & TFieldWords & TOwnProps<typeof SelectField>)
  | ({ check: string } & TFieldWords & TOwnProps<typeof CheckboxField>)
  | ({ choices: string } & TFieldWords & TOwnProps<typeof ChoiceList>)
  | { element: Child };

/**
 * The fields of a form in the order given, each through its own component (TextField, TextAreaField,
 * SelectField, CheckboxField, ChoiceList), so a form says which fields it has instead of writing each
 * component out again. `labels` turns a field's label and hint keys into text, usually
 * `(key) => t(\`<namespace>.field.${key}\`)`; the markup is exactly what the components give.
 */
export function FormFields({
  labels,
  fields,
  ...binding
}: TFormBinding & { labels: (key: string) => string; fields: readonly TFieldEntry[] }) {
  const words = (name: string, entry: TFieldWords) => ({
    ...binding,
    name,
    label: labels(entry.label ?? name),
    hint: entry.hint === undefined ? undefined : labels(entry.hint),
  });
  return (
    <>
      {fields.map((entry) => {
        if ('element' in entry) return entry.element;
        if ('text' in entry) return <TextField {...entry} {...words(entry.text, entry)} />;
        if ('area' in entry) return <TextAreaField {...entry} {...words(entry.area, entry)} />;
        if ('select' in entry) return <SelectField {...entry} {...words(entry.select, entry)} />;
        if ('check' in entry) return <CheckboxField {...entry} {...words(entry.check, entry)} />;
        return <ChoiceList {...entry} {...words(entry.choices, entry)} />;
      })}
    </>
  );
}
