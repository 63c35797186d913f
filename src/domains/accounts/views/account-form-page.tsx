import type { Child } from 'hono/jsx';
import {
  CsrfField,
  ErrorSummary,
  TextField,
  type TFormBinding,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { NewPasswordFields } from '../../../ui/components/new-password-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { emailMaxLength, nameMaxLength } from '../accounts.schemas.ts';
import { passwordMaxLength, passwordMinLength } from '../passwords.ts';

/**
 * The pages of one form that people reach signed out or by a link (sign in, sign up, forgotten and
 * new password): a private page with its title, an optional lead, the error summary, the form with its
 * CSRF token and one submit button, and the links under it.
 */
export function AccountFormPage(props: {
  ctx: TViewContext;
  /** The form's id prefix and its messages' part: `accounts.<page>.title`, `.lead`, `.submit`. */
  form: string;
  page: 'signIn' | 'signUp' | 'forgotPassword' | 'resetPassword';
  hasLead?: boolean;
  state: TFormState;
  action: string;
  children: Child;
  after?: Child;
}) {
  const { ctx, form, page, state } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`accounts.${page}.title`)} isPrivate>
      <h1>{t(`accounts.${page}.title`)}</h1>
      {props.hasLead ? <p class="lead">{t(`accounts.${page}.lead`)}</p> : null}
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href(props.action)}>
        <CsrfField ctx={ctx} />
        {props.children}
        <p>
          <button type="submit">{t(`accounts.${page}.submit`)}</button>
        </p>
      </form>
      {props.after}
    </Layout>
  );
}

/** The e-mail address field: `autocomplete` says whether it names an account ("username") or a mailbox. */
export function EmailField(props: TFormBinding & { autocomplete: 'email' | 'username' }) {
  return (
    <TextField
      {...props}
      name="email"
      type="email"
      label={props.ctx.t('accounts.field.email')}
      isRequired
      maxLength={emailMaxLength}
    />
  );
}

/** The house's new-password pair with the house's length rule. */
export function AccountNewPasswordFields(
  props: TFormBinding & { name: 'password' | 'newPassword'; label: string },
) {
  return <NewPasswordFields {...props} minLength={passwordMinLength} maxLength={passwordMaxLength} />;
}

/** The person's name as they want it shown. */
export function NameField(props: TFormBinding) {
  return (
    <TextField
      {...props}
      name="name"
      label={props.ctx.t('accounts.field.name')}
      autocomplete="name"
      isRequired
      maxLength={nameMaxLength}
    />
  );
}

/** The password the person has now (to sign in, or to confirm a change of consequence). */
export function CurrentPasswordField(props: TFormBinding & { name: string; label: string; hint?: string }) {
  return <TextField {...props} type="password" autocomplete="current-password" isRequired />;
}
