import { controlAttributes, formValue, LabelledField, type TFieldProps } from './form-field.tsx';

type TTextAreaFieldProps = TFieldProps & {
  rows?: number;
  isRequired?: boolean;
  maxLength?: number;
  /** The language of the text, when the form asks for one language (translations). */
  lang?: string;
  /** The text's direction; "auto" (the default) follows what the user types. */
  dir?: 'auto' | 'ltr' | 'rtl';
};

/** A text area with its label, hint and error tied to it, keeping what the user typed. */
export function TextAreaField(props: TTextAreaFieldProps) {
  return (
    <LabelledField {...props}>
      <textarea
        {...controlAttributes(props)}
        name={props.name}
        rows={props.rows ?? 6}
        required={props.isRequired ?? false}
        maxlength={props.maxLength}
        lang={props.lang}
        dir={props.dir ?? 'auto'}
      >
        {formValue(props.state.values, props.name)}
      </textarea>
    </LabelledField>
  );
}
