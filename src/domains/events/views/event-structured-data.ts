import { countryName } from '../../../i18n/names.ts';
import { formatOffset, offsetMinutesAt } from '../../../platform/time-zones.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import type { TEvent } from '../events.record.ts';

/** "2026-01-28T15:15:00+00:00": the wall-clock time with the zone's offset at that moment. */
export function isoWithOffset(local: string, zone: string, instant: string): string {
  return `${local}:00${formatOffset(offsetMinutesAt(zone, Date.parse(instant)))}`;
}

const attendanceModes = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** schema.org JSON-LD Event: times with their offset, place and/or virtual location, organisers, status. */
export function eventStructuredData(
  event: TEvent,
  ctx: Pick<TViewContext, 'locale'>,
  publicUrl: string,
): object {
  const text = eventText(event, ctx.locale);
  const url = `${publicUrl}/${ctx.locale}/events/${encodeURIComponent(event.slug)}`;
  const place =
    event.venue || event.city
      ? {
          '@type': 'Place',
          name: event.venue ?? event.city ?? undefined,
          address: {
            '@type': 'PostalAddress',
            streetAddress: event.address ?? undefined,
            addressLocality: event.city ?? undefined,
            addressCountry: event.countryCode ?? undefined,
          },
          ...(event.latitude !== null && event.longitude !== null
            ? { geo: { '@type': 'GeoCoordinates', latitude: event.latitude, longitude: event.longitude } }
            : {}),
        }
      : undefined;
  const virtual =
    event.format !== 'in_person'
      ? { '@type': 'VirtualLocation', url: event.isOnlineUrlPrivate ? url : (event.onlineUrl ?? url) }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: text.title,
    description: text.summary,
    inLanguage: text.language,
    startDate: isoWithOffset(event.startLocal, event.timeZone, event.startsAt),
    endDate: isoWithOffset(event.endLocal, event.timeZone, event.endsAt),
    eventStatus:
      event.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceModes[event.format],
    location: [place, virtual].filter(Boolean),
    organizer: event.organizers.map((o) => ({
      '@type': 'Organization',
      name: o.name,
      url: `${publicUrl}/${ctx.locale}/members/${encodeURIComponent(o.slug)}`,
    })),
    ...(event.countryCode
      ? { contentLocation: { '@type': 'Country', name: countryName('en', event.countryCode) } }
      : {}),
    ...(event.registrationMode !== 'none'
      ? {
          offers: {
            '@type': 'Offer',
            url: event.registrationMode === 'external' ? (event.registrationUrl ?? url) : url,
            price: 0,
            priceCurrency: 'USD',
            availability:
              event.capacity !== null && event.confirmedCount >= event.capacity
                ? 'https://schema.org/SoldOut'
                : 'https://schema.org/InStock',
          },
        }
      : {}),
    ...(event.capacity !== null ? { maximumAttendeeCapacity: event.capacity } : {}),
  };
}
