import { countryName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCampaign, TCampaignMaterial } from '../campaigns.record.ts';

/**
 * Where a published campaign's count is read again while its page is open (static/campaign-count.js
 * updates every element that carries it); none for a draft or a closed campaign.
 */
export function liveEndorsementCountUrl(campaign: TCampaign, locale: string): string | undefined {
  return campaign.status === 'published'
    ? `/api/v1/campaigns/${encodeURIComponent(campaign.slug)}/endorsement-count?locale=${locale}`
    : undefined;
}

/**
 * A campaign's summary panel (ADR 0072): its picture, scope, period, endorsements, the organisation
 * that leads it, its countries and themes (each theme a link to its concept page), and, for a campaign
 * in one country, that country's outline. The endorsement count stays current like the endorsers'
 * section's (the same live count). The picture is the one given by web address, else the first picture
 * the leads uploaded as a material.
 */
export function CampaignSummary({
  ctx,
  campaign,
  materials = [],
}: {
  ctx: TViewContext;
  campaign: TCampaign;
  materials?: readonly TCampaignMaterial[];
}) {
  const { t, i18n, locale } = ctx;
  const facts: TSummaryFact[] = [
    { label: t('campaigns.field.scope'), value: t(`campaigns.scope.${campaign.scope}`) },
  ];
  if (campaign.startsOn || campaign.endsOn) {
    facts.push({
      label: t('campaigns.period'),
      value: `${campaign.startsOn ? i18n.formatDate(campaign.startsOn, 'long') : ''} – ${
        campaign.endsOn ? i18n.formatDate(campaign.endsOn, 'long') : t('campaigns.ongoing')
      }`,
    });
  }
  facts.push({
    label: t('campaigns.endorsers'),
    value: (
      <span
        data-count={String(campaign.endorsementCount)}
        data-live-count={liveEndorsementCountUrl(campaign, locale)}
      >
        {t('campaigns.endorsedBy', { count: campaign.endorsementCount })}
      </span>
    ),
  });
  if (campaign.organization) {
    facts.push({
      label: t('campaigns.leadBy'),
      value: (
        <a href={ctx.href(`/members/${encodeURIComponent(campaign.organization.slug)}`)}>
          <bdi>{campaign.organization.name}</bdi>
        </a>
      ),
    });
  }
  if (campaign.countries.length > 0) {
    facts.push({
      label: t('campaigns.countries'),
      value: <ListText ctx={ctx} items={campaign.countries.map((code) => countryName(locale, code))} />,
    });
  }
  if (campaign.themes.length > 0) {
    facts.push({
      label: t('campaigns.themes'),
      value: (
        <ListText
          ctx={ctx}
          items={campaign.themes.map((id) => ({
            text: conceptLabel(id, locale),
            node: <a href={ctx.href(`/concepts/${encodeURIComponent(id)}`)}>{conceptLabel(id, locale)}</a>,
          }))}
        />
      ),
    });
  }
  const uploaded = materials.find((m) => m.kind === 'image');
  const only = campaign.countries.length === 1 ? (campaign.countries[0] ?? null) : null;
  return (
    <RecordSummary
      ctx={ctx}
      picture={
        campaign.imageUrl
          ? { src: campaign.imageUrl, alt: campaign.imageAlt ?? '' }
          : uploaded
            ? {
                src: ctx.href(
                  `/campaigns/${encodeURIComponent(campaign.slug)}/materials/${encodeURIComponent(uploaded.id)}`,
                ),
                alt: uploaded.alt ?? '',
                width: uploaded.width,
                height: uploaded.height,
              }
            : null
      }
      facts={facts}
      place={
        only ? { name: countryName(locale, only), country: only, latitude: null, longitude: null } : null
      }
    />
  );
}
