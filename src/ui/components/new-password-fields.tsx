import { TextField, type TFormBinding } from './form-field.tsx';

/**
 * A new password and its confirmation: both masked, `autocomplete="new-password"` so a password
 * manager offers to make one, the length rule in the hint and as the inputs' bound. Sign-up, the
 * reset link and the account page ask for a new password with these same two fields.
 */
export function NewPasswordFields(
  props: TFormBinding & {
    /** The name the new password is sent under ("password" or "newPassword"). */
    name: string;
    label: string;
    minLength: number;
    maxLength: number;
  },
) {
  const { ctx, form, state, name, label, minLength, maxLength } = props;
  const common = { ctx, form, state, type: 'password' as const, autocomplete: 'new-password' };
  return (
    <>
      <TextField
        {...common}
        name={name}
        label={label}
        hint={ctx.t('accounts.field.passwordHint', { min: minLength })}
        isRequired
        maxLength={maxLength}
      />
      <TextField
        {...common}
        name="passwordConfirmation"
        label={ctx.t('accounts.field.passwordConfirmation')}
        isRequired
        maxLength={maxLength}
      />
    </>
  );
}
