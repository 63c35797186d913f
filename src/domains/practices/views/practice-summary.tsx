import { countryName } from '../../../i18n/names.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatPartialDate } from '../practice-display.ts';
import type { TOrganizationLink, TPractice, TPracticeFile } from '../practice-record.ts';
import { ImplementerList } from './implementer-list.tsx';

const pictureTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * The practice's summary panel (ADR 0072): its first picture, kind, countries, period and
 * implementers, the place (the first city, with coordinates when known) with a small map and
 * directions to the contact's street address, and the contact.
 */
export function PracticeSummary({
  ctx,
  practice: p,
  organizations,
  files,
}: {
  ctx: TViewContext;
  practice: TPractice;
  organizations: ReadonlyMap<string, TOrganizationLink>;
  files: readonly TPracticeFile[];
}) {
  const { t, locale } = ctx;
  const picture = files.find((f) => pictureTypes.has(f.contentType));
  const city = p.cities.find((c) => c.lat !== undefined && c.lon !== undefined) ?? p.cities[0];
  const country = city?.country ?? p.countries[0] ?? null;
  const period = [
    p.startDate ? formatPartialDate(locale, p.startDate) : '',
    p.isOngoing ? t('practices.details.ongoing') : p.endDate ? formatPartialDate(locale, p.endDate) : '',
  ].filter((x) => x);
  const facts: TSummaryFact[] = [
    { label: t('practices.details.kind'), value: t(`practices.kind.${p.kind}`) },
    {
      label: t('practices.details.countries'),
      value: <ListText ctx={ctx} items={p.countries.map((code) => countryName(locale, code))} />,
    },
  ];
  if (period.length > 0) facts.push({ label: t('practices.details.period'), value: period.join(' – ') });
  if (p.implementers.length > 0) {
    facts.push({
      label: t('practices.details.implementers'),
      value: <ImplementerList ctx={ctx} implementers={p.implementers} organizations={organizations} />,
    });
  }
  const c = p.contact;
  const contact: TSummaryFact[] = [];
  if (c.name) contact.push({ label: t('common.summary.person'), value: <bdi>{c.name}</bdi> });
  if (c.email)
    contact.push({ label: t('common.summary.email'), value: <a href={`mailto:${c.email}`}>{c.email}</a> });
  if (c.phone) contact.push({ label: t('common.summary.phone'), value: <bdi dir="ltr">{c.phone}</bdi> });
  if (c.url)
    contact.push({
      label: t('common.summary.website'),
      value: (
        <a href={c.url} rel="nofollow noopener">
          <bdi>{c.url}</bdi>
        </a>
      ),
    });
  const countryText = country ? countryName(locale, country) : '';
  const placeName =
    city && countryText
      ? t('common.summary.placeIn', { place: city.name, country: countryText })
      : (city?.name ?? countryText);
  return (
    <RecordSummary
      ctx={ctx}
      picture={
        picture
          ? {
              src: ctx.href(
                `/practices/${encodeURIComponent(p.slug)}/files/${encodeURIComponent(picture.uploadId)}`,
              ),
              alt: picture.title,
            }
          : null
      }
      facts={facts}
      place={
        placeName
          ? {
              name: placeName,
              country,
              lines: [[city?.name, countryText]],
              latitude: city?.lat ?? null,
              longitude: city?.lon ?? null,
              address: c.address || null,
              destination: [c.address, city?.name, countryText].filter((x) => x).join(', '),
            }
          : null
      }
      contact={contact}
    />
  );
}
