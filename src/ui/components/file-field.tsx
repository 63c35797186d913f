import { controlAttributes, LabelledField, type TFieldProps } from './form-field.tsx';

/** A file input; a browser never keeps chosen files, so a re-rendered form asks for them again. */
export function FileField(props: TFieldProps & { accept: string; isMultiple?: boolean }) {
  return (
    <LabelledField {...props}>
      <input
        {...controlAttributes(props)}
        type="file"
        name={props.name}
        multiple={props.isMultiple ?? false}
        accept={props.accept}
      />
    </LabelledField>
  );
}
