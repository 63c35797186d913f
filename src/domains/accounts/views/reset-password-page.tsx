import type { TFormState } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AccountFormPage, AccountNewPasswordFields } from './account-form-page.tsx';

export function ResetPasswordPage({
  ctx,
  token,
  state,
}: {
  ctx: TViewContext;
  token: string;
  state: TFormState;
}) {
  const common = { ctx, form: 'reset-password', state };
  return (
    <AccountFormPage {...common} page="resetPassword" hasLead action="/reset-password">
      <input type="hidden" name="token" value={token} />
      <AccountNewPasswordFields {...common} name="password" label={ctx.t('accounts.field.newPassword')} />
    </AccountFormPage>
  );
}
