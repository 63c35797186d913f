import type { Child } from 'hono/jsx';
import { locales } from '../../../i18n/locales.ts';
import { countryName } from '../../../i18n/names.ts';
import { stakeholderTypeLabel } from '../../../taxonomy/organization-vocabulary.ts';
import { Prose } from '../../../ui/components/prose.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOrganizationPlace } from '../organization-place.ts';
import type { TOrganizationRecord } from '../organizations.record.ts';
import { displayName, type TProfileView } from '../organizations.service.ts';
import { contactFieldName, contactFields } from './contact-fields.tsx';
import { OrganizationSummary } from './organization-summary.tsx';

type TProfilePageProps = {
  ctx: TViewContext;
  view: TProfileView;
  publicUrl: string;
  sections: { slot: string; content: Child }[];
  /** Where the organisation's city is, when the gazetteer knows it: a marker on the summary's map. */
  where?: TOrganizationPlace | null;
};

/** schema.org Organization for search engines and other hubs. */
export function organizationJsonLd(org: TOrganizationRecord, publicUrl: string, locale: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${publicUrl}/${locale}/members/${encodeURIComponent(org.slug)}`,
    name: org.name,
    ...(Object.keys(org.nameTranslations).length > 0
      ? { alternateName: Object.values(org.nameTranslations) }
      : {}),
    ...(org.acronym ? { alternateName: [org.acronym, ...Object.values(org.nameTranslations)] } : {}),
    url: org.website ?? undefined,
    description: org.description || undefined,
    ...(org.logoKey
      ? { logo: `${publicUrl}/api/v1/organizations/${encodeURIComponent(org.slug)}/logo` }
      : {}),
    ...(org.publicEmail ? { email: org.publicEmail } : {}),
    ...(org.publicPhone ? { telephone: org.publicPhone } : {}),
    areaServed: org.countries.map((code) => ({
      '@type': 'Country',
      identifier: code,
      name: countryName('en', code),
    })),
    ...(org.city ? { address: { '@type': 'PostalAddress', addressLocality: org.city } } : {}),
    memberOf: { '@type': 'Organization', name: 'Global Alliance for Care', url: publicUrl },
    ...(org.isChampion && org.championCitation ? { award: org.championCitation } : {}),
  };
}

export function ProfilePage({ ctx, view, publicUrl, sections, where = null }: TProfilePageProps) {
  const { t, i18n } = ctx;
  const org = view.organization;
  const name = displayName(org, ctx.locale);
  const languageName = locales.find((l) => l.tag === org.language)?.endonym ?? org.language;
  const translatedDescription = org.descriptionTranslations[ctx.locale];
  const base = ctx.href(`/members/${encodeURIComponent(org.slug)}`);
  return (
    <Layout
      ctx={ctx}
      title={name}
      description={org.description.slice(0, 200) || t('organizations.directory.lead')}
      structuredData={[organizationJsonLd(org, publicUrl, ctx.locale)]}
    >
      <p>
        <a href={ctx.href('/members')}>{t('organizations.profile.backToDirectory')}</a>
      </p>
      <header class="profile-header">
        {org.logoKey ? (
          <img
            class="logo"
            src={`/api/v1/organizations/${encodeURIComponent(org.slug)}/logo`}
            alt={t('organizations.profile.logoAlt', { name })}
            width={org.logoWidth ?? undefined}
            height={org.logoHeight ?? undefined}
          />
        ) : null}
        <div>
          <h1 lang={name !== org.name ? ctx.locale : org.language} dir="auto">
            {name}
            {org.acronym ? (
              <span class="acronym" lang={org.language}>
                {' '}
                ({org.acronym})
              </span>
            ) : null}
          </h1>
          {name !== org.name ? (
            <p class="hint" lang={org.language} dir="auto">
              {org.name}
            </p>
          ) : null}
          <p>
            <span class="badge">{stakeholderTypeLabel(i18n, org.stakeholderType)}</span>{' '}
            {org.isChampion ? <span class="badge champion">{t('organizations.champion.badge')}</span> : null}
            {org.membershipStatus !== 'member' ? (
              <span class="badge">{t('organizations.profile.notMember')}</span>
            ) : null}
          </p>
        </div>
      </header>
      {view.canEdit || view.canManagePeople || view.canDesignateChampion ? (
        <p class="actions">
          {view.canEdit ? <a href={`${base}/edit`}>{t('organizations.profile.edit')}</a> : null}
          {view.canManagePeople ? <a href={`${base}/people`}>{t('organizations.profile.people')}</a> : null}
          {view.canDesignateChampion ? (
            <a href={`${base}/champion`}>{t('organizations.champion.manage')}</a>
          ) : null}
        </p>
      ) : null}
      {org.isChampion && org.championCitation ? (
        <section class="notice champion" aria-labelledby="citation-title">
          <h2 id="citation-title">{t('organizations.champion.citationTitle')}</h2>
          <p lang={org.championCitationLanguage ?? undefined} dir="auto">
            {org.championCitation}
          </p>
          {org.championSince ? (
            <p class="hint">
              {t('organizations.champion.since', { date: i18n.formatDate(org.championSince, 'long') })}
            </p>
          ) : null}
          <p>
            <a href={ctx.href('/members/champions')}>{t('organizations.champion.criteriaLink')}</a>
          </p>
        </section>
      ) : null}
      <div class="record-layout">
        <OrganizationSummary ctx={ctx} organization={org} where={where} />
        <div class="record-main">
          {org.description ? (
            <section aria-labelledby="about-title">
              <h2 id="about-title">{t('organizations.profile.about')}</h2>
              {translatedDescription && org.language !== ctx.locale ? (
                <>
                  <Prose text={translatedDescription} lang={ctx.locale} />
                  <details>
                    <summary>{t('organizations.profile.original', { language: languageName })}</summary>
                    <Prose text={org.description} lang={org.language} />
                  </details>
                </>
              ) : (
                <>
                  <Prose text={org.description} lang={org.language} />
                  {org.language !== ctx.locale ? (
                    <p class="hint">{t('organizations.profile.writtenIn', { language: languageName })}</p>
                  ) : null}
                </>
              )}
            </section>
          ) : null}
          {view.canViewPrivate && Object.keys(org.privateContacts).length > 0 ? (
            <section class="private" aria-labelledby="private-title">
              <h2 id="private-title">{t('organizations.profile.privateContacts')}</h2>
              <p class="hint">{t('organizations.profile.privateHint')}</p>
              <dl class="facts">
                {contactFields.map(({ part }) =>
                  org.privateContacts[part] ? (
                    <div>
                      <dt>{t(`membership.field.${contactFieldName(part)}`)}</dt>
                      <dd>{org.privateContacts[part]}</dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </section>
          ) : null}
        </div>
      </div>
      {sections.map((s) => (
        <section class={`profile-slot slot-${s.slot}`} data-slot={s.slot}>
          {s.content}
        </section>
      ))}
    </Layout>
  );
}
