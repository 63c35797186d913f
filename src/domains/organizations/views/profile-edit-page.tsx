import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { FileField } from '../../membership/views/form-fields.tsx';
import type { TOrganizationRecord } from '../organizations.repository.ts';
import { displayName } from '../organizations.service.ts';
import { OrganizationFieldset } from './organization-fieldset.tsx';

/** The profile editor of a member's owners and editors: details, private contacts, logo. */
export function ProfileEditPage({
  ctx,
  organization,
  state,
  logoState,
}: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  state: TFormState;
  logoState: TFormState;
}) {
  const { t } = ctx;
  const base = ctx.href(`/members/${encodeURIComponent(organization.slug)}`);
  const name = displayName(organization, ctx.locale);
  return (
    <Layout ctx={ctx} title={t('organizations.edit.title', { name })} isPrivate>
      <p>
        <a href={base}>{t('organizations.edit.backToProfile')}</a>
      </p>
      <h1>{t('organizations.edit.title', { name })}</h1>
      <ErrorSummary ctx={ctx} form="profile" state={state} />
      <form class="stack wide" method="post" action={`${base}/edit`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(organization.version)} />
        <OrganizationFieldset ctx={ctx} form="profile" state={state} />
        <fieldset>
          <legend>{t('organizations.profile.privateContacts')}</legend>
          <p class="hint">{t('organizations.profile.privateHint')}</p>
          <TextField
            ctx={ctx}
            form="profile"
            name="contactName"
            label={t('membership.field.contactName')}
            state={state}
            maxLength={120}
          />
          <TextField
            ctx={ctx}
            form="profile"
            name="contactEmail"
            type="email"
            label={t('membership.field.contactEmail')}
            state={state}
            maxLength={254}
          />
          <TextField
            ctx={ctx}
            form="profile"
            name="contactRole"
            label={t('membership.field.contactRole')}
            state={state}
            maxLength={120}
          />
          <TextField
            ctx={ctx}
            form="profile"
            name="contactPhone"
            label={t('membership.field.contactPhone')}
            state={state}
            maxLength={40}
          />
        </fieldset>
        <button type="submit">{t('organizations.form.save')}</button>
      </form>
      <section aria-labelledby="logo-title">
        <h2 id="logo-title">{t('organizations.edit.logoTitle')}</h2>
        {organization.logoKey ? (
          <img
            class="logo"
            src={`/api/v1/organizations/${encodeURIComponent(organization.slug)}/logo`}
            alt={t('organizations.profile.logoAlt', { name })}
            width={organization.logoWidth ?? undefined}
            height={organization.logoHeight ?? undefined}
          />
        ) : null}
        <ErrorSummary ctx={ctx} form="logo" state={logoState} />
        <form class="stack" method="post" action={`${base}/logo`} enctype="multipart/form-data">
          <CsrfField ctx={ctx} />
          <FileField
            ctx={ctx}
            form="logo"
            name="logo"
            label={t('organizations.edit.logoFile')}
            hint={t('organizations.edit.logoHint', { megabytes: 2, pixels: 512 })}
            state={logoState}
            accept=".png,.jpg,.jpeg,.webp,.svg,image/png,image/jpeg,image/webp,image/svg+xml"
          />
          <button type="submit" class="secondary">
            {t('organizations.edit.logoSubmit')}
          </button>
        </form>
      </section>
    </Layout>
  );
}
