import { isAppError, type TFieldErrors } from '../platform/errors.ts';

/** A form drawn again after its input was refused: what was typed, and the message key of each refused field. */
export type TRefusedForm<TValues> = { values: TValues; errors: TFieldErrors };

/**
 * A form's change: `change` answers what comes after it (most often a redirect with a notice); when the
 * input is refused (`validation_failed`) the form is drawn again by `redraw`, with what was typed and the
 * messages. Any other error goes on to the error handler.
 */
export async function changeOrRedraw<TValues, TAnswer>(
  values: TValues,
  change: () => Promise<TAnswer>,
  redraw: (form: TRefusedForm<TValues>) => Promise<TAnswer>,
): Promise<TAnswer> {
  try {
    return await change();
  } catch (error) {
    if (isAppError(error) && error.code === 'validation_failed')
      return redraw({ values, errors: error.fieldErrors });
    throw error;
  }
}
