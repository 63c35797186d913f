import type { Child } from 'hono/jsx';
import { TextField, type TFormBinding } from './form-field.tsx';

type TDateTimeFieldProps = TFormBinding & {
  /** The moment's name ("start"): the inputs send `${name}Date` and `${name}Time`, errors about both are keyed by it. */
  name: string;
  dateLabel: string;
  timeLabel: string;
  isRequired?: boolean;
  children?: Child;
};

/**
 * A local date and a local time, each its own labelled input, then the error about the two
 * together (an end before the start, say) and whatever else the form adds about them (children).
 */
export function DateTimeField({
  ctx,
  form,
  state,
  name,
  dateLabel,
  timeLabel,
  isRequired = false,
  children,
}: TDateTimeFieldProps) {
  const common = { ctx, form, state, isRequired };
  const error = state.errors[name];
  return (
    <>
      <TextField {...common} name={`${name}Date`} type="date" label={dateLabel} />
      <TextField {...common} name={`${name}Time`} type="time" label={timeLabel} />
      {error ? <p class="field-error">{ctx.t(error)}</p> : null}
      {children}
    </>
  );
}
