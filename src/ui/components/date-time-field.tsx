import type { Child } from 'hono/jsx';
import { fieldId, TextField, type TFormBinding } from './form-field.tsx';

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
 * together (an end before the start, say), tied to both inputs, and whatever else the form adds
 * about them (children). The error summary's link for that error goes to the date input: pass
 * dateTimeSummaryTargets() to ErrorSummary.
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
  const errorId = error ? `${fieldId(form, name)}-error` : undefined;
  return (
    <>
      <TextField {...common} name={`${name}Date`} type="date" label={dateLabel} sharedErrorId={errorId} />
      <TextField {...common} name={`${name}Time`} type="time" label={timeLabel} sharedErrorId={errorId} />
      {error ? (
        <p class="field-error" id={errorId}>
          {ctx.t(error)}
        </p>
      ) : null}
      {children}
    </>
  );
}

/** For ErrorSummary: the link for an error about a date and time pair goes to its date input. */
export function dateTimeSummaryTargets(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `${name}Date`]));
}
