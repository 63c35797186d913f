import { countryName } from '../../../i18n/names.ts';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TEvent } from '../events.record.ts';

/**
 * The event's summary panel (ADR 0072): format, organisers and languages; the venue with a small map
 * at its coordinates and directions to its street address.
 */
export function EventSummary({ ctx, event }: { ctx: TViewContext; event: TEvent }) {
  const { t, locale } = ctx;
  const facts: TSummaryFact[] = [
    { label: t('events.field.format'), value: t(`events.format.${event.format}`) },
  ];
  if (event.organizers.length > 0) {
    facts.push({
      label: t('events.page.organizers'),
      value: (
        <ul class="plain">
          {event.organizers.map((o) => (
            <li>
              <a href={ctx.href(`/members/${encodeURIComponent(o.slug)}`)}>
                <bdi>{o.nameTranslations[locale] ?? o.name}</bdi>
              </a>
            </li>
          ))}
        </ul>
      ),
    });
  }
  const country = event.countryCode ? countryName(locale, event.countryCode) : '';
  const hasPlace = !!(event.venue || event.city || event.address);
  const placeName =
    event.city && country
      ? t('common.summary.placeIn', { place: event.city, country })
      : (event.city ?? country);
  return (
    <RecordSummary
      ctx={ctx}
      facts={facts}
      place={
        hasPlace
          ? {
              name:
                event.venue && placeName
                  ? t('common.summary.placeIn', { place: event.venue, country: placeName })
                  : (event.venue ?? placeName),
              lines: [[event.venue], [event.city, country]].filter((parts) => parts.some((x) => x)),
              country: event.countryCode,
              latitude: event.latitude,
              longitude: event.longitude,
              address: event.address,
              destination: [event.address, event.city, country].filter((x) => x).join(', '),
            }
          : null
      }
    />
  );
}
