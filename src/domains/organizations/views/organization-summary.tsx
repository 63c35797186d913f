import { countryName } from '../../../i18n/names.ts';
import { scopeLabel, stakeholderTypeLabel } from '../../../taxonomy/organization-vocabulary.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOrganizationPlace } from '../organization-place.ts';
import type { TOrganizationRecord } from '../organizations.record.ts';

/**
 * The organisation profile's summary panel (ADR 0072): type, scope, countries and membership; its
 * city with the outline of its first country and, when the gazetteer knows the city, a marker where
 * it is; its public contact.
 */
export function OrganizationSummary({
  ctx,
  organization: org,
  where = null,
}: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  where?: TOrganizationPlace | null;
}) {
  const { t, i18n, locale } = ctx;
  const facts: TSummaryFact[] = [
    {
      label: t('organizations.field.stakeholderType'),
      value: stakeholderTypeLabel(i18n, org.stakeholderType),
    },
    { label: t('organizations.field.scope'), value: scopeLabel(i18n, org.scope) },
  ];
  if (org.countries.length > 0) {
    facts.push({
      label: t('organizations.field.countries'),
      value: (
        <ListText
          ctx={ctx}
          items={org.countries.map((code) => ({
            text: countryName(locale, code),
            node: <a href={ctx.href(`/members?country=${code}`)}>{countryName(locale, code)}</a>,
          }))}
        />
      ),
    });
  }
  if (org.publishedAt) {
    facts.push({
      label: t('organizations.profile.memberSince'),
      value: i18n.formatDate(org.publishedAt, 'long'),
    });
  }
  const contact: TSummaryFact[] = [];
  if (org.website) {
    contact.push({
      label: t('organizations.field.website'),
      value: (
        <a href={org.website} rel="noopener nofollow">
          <bdi>{org.website}</bdi>
        </a>
      ),
    });
  }
  if (org.publicEmail) {
    contact.push({
      label: t('organizations.field.publicEmail'),
      value: <a href={`mailto:${org.publicEmail}`}>{org.publicEmail}</a>,
    });
  }
  if (org.publicPhone) {
    contact.push({
      label: t('organizations.field.publicPhone'),
      value: <bdi dir="ltr">{org.publicPhone}</bdi>,
    });
  }
  const home = where?.country ?? org.countries[0] ?? null;
  const homeName = home ? countryName(locale, home) : '';
  const placeName =
    org.city && homeName
      ? t('common.summary.placeIn', { place: org.city, country: homeName })
      : (org.city ?? homeName);
  return (
    <RecordSummary
      ctx={ctx}
      facts={facts}
      place={
        placeName
          ? {
              name: placeName,
              lines: [[org.city, homeName]],
              country: home,
              latitude: where?.latitude ?? null,
              longitude: where?.longitude ?? null,
            }
          : null
      }
      contact={contact}
    />
  );
}
