import type { Child } from 'hono/jsx';
import { locales } from '../../../i18n/locales.ts';
import {
  CsrfField,
  ErrorSummary,
  fieldId,
  formValue,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AccountNewPasswordFields, CurrentPasswordField, NameField } from './account-form-page.tsx';
import { roleLabel } from './role-label.ts';

export type TAccountView = {
  name: string;
  email: string;
  locale: string;
  emailVerifiedAt: string | null;
  roles: readonly string[];
  /** Organisations the person owns alone: to hand over before the account can be deleted. */
  soleOwnerOf: readonly { slug: string; name: string }[];
  /** The organisations the person belongs to, linked from the page. */
  organizations?: readonly { slug: string; name: string; role: string }[];
};

type TAccountPageProps = {
  ctx: TViewContext;
  account: TAccountView;
  profile: TFormState;
  password: TFormState;
  deletion: TFormState;
};

export function AccountPage({ ctx, account, profile, password, deletion }: TAccountPageProps) {
  const { t, i18n } = ctx;
  const language = locales.find((l) => l.tag === account.locale);
  return (
    <Layout ctx={ctx} title={t('accounts.account.title')} isPrivate>
      <h1>{t('accounts.account.title')}</h1>
      {account.organizations && account.organizations.length > 0 ? (
        <section aria-labelledby="organizations-title">
          <h2 id="organizations-title">{t('accounts.account.organizations')}</h2>
          <ul>
            {account.organizations.map((o) => (
              <li>
                <a href={ctx.href(`/members/${encodeURIComponent(o.slug)}`)}>
                  <bdi>{o.name}</bdi>
                </a>{' '}
                <span class="badge">{t(`organizations.role.${o.role}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <dl class="facts">
        <div>
          <dt>{t('accounts.field.name')}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t('accounts.field.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('accounts.account.verification')}</dt>
          <dd>
            {account.emailVerifiedAt
              ? t('accounts.account.verifiedOn', { date: i18n.formatDate(account.emailVerifiedAt, 'long') })
              : t('accounts.account.notVerified')}
          </dd>
        </div>
        <div>
          <dt>{t('accounts.field.locale')}</dt>
          <dd>
            <span lang={language?.tag} dir={language?.dir}>
              {language?.endonym ?? account.locale}
            </span>
          </dd>
        </div>
        {account.roles.length > 0 ? (
          <div>
            <dt>{t('accounts.account.roles')}</dt>
            <dd>
              {account.roles.map((role) => (
                <span class="badge">{roleLabel(ctx, role)}</span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {account.emailVerifiedAt ? null : (
        <section class="notice" aria-labelledby="verify-title">
          <h2 id="verify-title">{t('accounts.account.verifyTitle')}</h2>
          <p>{t('accounts.account.verifyBody', { email: account.email })}</p>
          <form novalidate method="post" action={ctx.href('/account/verify-email')}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="secondary">
              {t('accounts.account.resend')}
            </button>
          </form>
        </section>
      )}
      <ProfileForm ctx={ctx} state={profile} />
      <PasswordForm ctx={ctx} state={password} />
      <section aria-labelledby="community-mail-title">
        <h2 id="community-mail-title">{t('accounts.account.communityMailTitle')}</h2>
        <p>{t('accounts.account.communityMailBody')}</p>
        <p>
          <a href={ctx.href('/communities/mail')}>{t('accounts.account.communityMailLink')}</a>
        </p>
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('accounts.account.dataTitle')}</h2>
        <p>{t('accounts.account.dataBody')}</p>
        <form novalidate method="post" action={ctx.href('/account/data')}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary">
            {t('accounts.account.dataDownload')}
          </button>
        </form>
      </section>
      <DeleteAccountForm ctx={ctx} state={deletion} soleOwnerOf={account.soleOwnerOf} />
    </Layout>
  );
}

/** One form of the account page: its section and heading, the error summary, the form and its button. */
function AccountSection(props: {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  /** The id of the heading is `<id>-title`. */
  id: string;
  heading: string;
  action: string;
  submit: string;
  isDanger?: boolean;
  /** What stands between the heading and the form. */
  intro?: Child;
  children: Child;
}) {
  const { ctx, form, state } = props;
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.heading}</h2>
      {props.intro}
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate class="stack" method="post" action={ctx.href(props.action)}>
        <CsrfField ctx={ctx} />
        {props.children}
        <p>
          <button type="submit" class={props.isDanger ? 'danger' : undefined}>
            {props.submit}
          </button>
        </p>
      </form>
    </section>
  );
}

function DeleteAccountForm({
  ctx,
  state,
  soleOwnerOf,
}: {
  ctx: TViewContext;
  state: TFormState;
  soleOwnerOf: TAccountView['soleOwnerOf'];
}) {
  const { t } = ctx;
  const common = { ctx, form: 'delete-account', state };
  return (
    <AccountSection
      {...common}
      id="delete"
      heading={t('accounts.account.deleteTitle')}
      action="/account/delete"
      submit={t('accounts.account.deleteSubmit')}
      isDanger
      intro={
        <>
          <p>{t('accounts.account.deleteGoes')}</p>
          <p>{t('accounts.account.deleteStays')}</p>
          {soleOwnerOf.length > 0 ? (
            <div class="notice">
              <p>{t('accounts.account.deleteHandOver')}</p>
              <ul>
                {soleOwnerOf.map((o) => (
                  <li>
                    <a href={ctx.href(`/members/${encodeURIComponent(o.slug)}/people`)}>
                      <bdi>{o.name}</bdi>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      }
    >
      <CurrentPasswordField
        {...common}
        name="password"
        label={t('accounts.field.currentPassword')}
        hint={t('accounts.account.deleteConfirmHint')}
      />
    </AccountSection>
  );
}

function ProfileForm({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  const form = 'profile';
  const common = { ctx, form, state };
  const chosen = formValue(state.values, 'locale');
  const localeError = state.errors.locale;
  return (
    <AccountSection
      {...common}
      id="profile"
      heading={t('accounts.account.profileTitle')}
      action="/account/profile"
      submit={t('accounts.account.saveProfile')}
    >
      <NameField {...common} />
      <div class="field">
        <label for={fieldId(form, 'locale')}>{t('accounts.field.locale')}</label>
        <p class="hint" id={`${fieldId(form, 'locale')}-hint`}>
          {t('accounts.field.localeHint')}
        </p>
        {localeError ? (
          <p class="field-error" id={`${fieldId(form, 'locale')}-error`}>
            {t(localeError)}
          </p>
        ) : null}
        <select
          id={fieldId(form, 'locale')}
          name="locale"
          aria-invalid={localeError ? 'true' : undefined}
          aria-describedby={`${fieldId(form, 'locale')}-hint${localeError ? ` ${fieldId(form, 'locale')}-error` : ''}`}
        >
          {locales.map((l) => (
            <option value={l.tag} lang={l.tag} selected={l.tag === chosen}>
              {l.endonym}
            </option>
          ))}
        </select>
      </div>
    </AccountSection>
  );
}

function PasswordForm({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  const common = { ctx, form: 'password', state };
  return (
    <AccountSection
      {...common}
      id="password"
      heading={t('accounts.account.passwordTitle')}
      action="/account/password"
      submit={t('accounts.account.changePassword')}
    >
      <CurrentPasswordField {...common} name="currentPassword" label={t('accounts.field.currentPassword')} />
      <AccountNewPasswordFields {...common} name="newPassword" label={t('accounts.field.newPassword')} />
    </AccountSection>
  );
}
