import { locales } from '../../../i18n/locales.ts';
import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOrganizationRecord } from '../organizations.record.ts';
import { organizationLimits } from '../organizations.schemas.ts';
import { displayName } from '../organizations.service.ts';
import { ContactFields } from './contact-fields.tsx';
import { OrganizationFieldset } from './organization-fieldset.tsx';

/** The profile editor of a member's owners and editors: details, private contacts, translations, logo. */
export function ProfileEditPage({
  ctx,
  organization,
  state,
  logoState,
  translationState,
  canLeave = false,
}: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  state: TFormState;
  logoState: TFormState;
  translationState: TFormState;
  /** The person may take the organisation out of the alliance (its owners, the secretariat). */
  canLeave?: boolean;
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
      <PostForm ctx={ctx} form="profile" state={state} action={`${base}/edit`} version={organization.version}>
        <OrganizationFieldset ctx={ctx} form="profile" state={state} />
        <fieldset>
          <legend>{t('organizations.profile.privateContacts')}</legend>
          <p class="hint">{t('organizations.profile.privateHint')}</p>
          <ContactFields ctx={ctx} form="profile" state={state} isApplicant={false} />
        </fieldset>
        <button type="submit">{t('organizations.form.save')}</button>
      </PostForm>
      <TranslationsSection ctx={ctx} organization={organization} state={translationState} />
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
        <PostForm
          ctx={ctx}
          form="logo"
          state={logoState}
          action={`${base}/logo`}
          class="stack"
          enctype="multipart/form-data"
        >
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
        </PostForm>
      </section>
      {canLeave && organization.membershipStatus === 'member' ? (
        <section aria-labelledby="membership-title">
          <h2 id="membership-title">{t('membership.leave.sectionTitle')}</h2>
          <p>
            <a href={`${base}/leave`}>{t('membership.leave.link')}</a>
          </p>
        </section>
      ) : null}
    </Layout>
  );
}

/** The name and description in the other interface languages, one language at a time. */
function TranslationsSection({
  ctx,
  organization,
  state,
}: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  state: TFormState;
}) {
  const { t } = ctx;
  const base = ctx.href(`/members/${encodeURIComponent(organization.slug)}`);
  const original = locales.find((l) => l.tag === organization.language)?.endonym ?? organization.language;
  const others = locales.filter((l) => l.tag !== organization.language);
  const languages = others.map((l) => ({ value: l.tag, label: l.endonym }));
  const translated = others.filter(
    (l) => organization.nameTranslations[l.tag] || organization.descriptionTranslations[l.tag],
  );
  return (
    <section aria-labelledby="translations-title">
      <h2 id="translations-title">{t('organizations.edit.translationsTitle')}</h2>
      <p class="hint">{t('organizations.edit.translationsHint', { language: original })}</p>
      {translated.length > 0 ? (
        <ul>
          {translated.map((l) => (
            <li>
              <a href={`${base}/edit?translation=${l.tag}#translations-title`}>
                {t('organizations.edit.translationEdit', { language: l.endonym })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <PostForm
        ctx={ctx}
        form="translation"
        state={state}
        action={`${base}/translations`}
        version={organization.version}
      >
        <FormFields
          ctx={ctx}
          form="translation"
          state={state}
          labels={(key) => t(`organizations.field.${key}`)}
          fields={[
            {
              select: 'translationLanguage',
              placeholder: t('organizations.form.choose'),
              options: languages,
            },
            { text: 'translationName', maxLength: organizationLimits.name },
            {
              area: 'translationDescription',
              hint: 'translationDescriptionHint',
              maxLength: organizationLimits.description,
            },
          ]}
        />
        <button type="submit" class="secondary">
          {t('organizations.edit.translationSubmit')}
        </button>
      </PostForm>
    </section>
  );
}
