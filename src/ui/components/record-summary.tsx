import type { Child } from 'hono/jsx';
import { directionsUrl, openMapUrl, placeMap } from '../../platform/place-map.ts';
import type { TViewContext } from '../view-context.ts';
import { PartsText } from './bidi.tsx';

/**
 * The summary panel of a record page (ADR 0072): its picture, key facts, the place with a small map
 * drawn on the server and a directions link when there is a street address, and the contact. Beside
 * the text from 44rem (about 700 px), at the inline end (so on the left in Arabic); above it, in one
 * column, on phones.
 */
export type TSummaryFact = { label: string; value: Child };

export type TSummaryPlace = {
  /** The place as people read it ("Kraków, Poland"), already in the reader's language. */
  name: string;
  /** The lines shown under the map (a venue; a city and its country), each part isolated; `name` by default. */
  lines?: readonly (readonly (string | null | undefined)[])[];
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  /** A street address, shown; without one there is no directions link. */
  address?: string | null;
  /** What the directions link looks for (the address with its city and country); the address by default. */
  destination?: string;
};

export type TSummaryPicture = { src: string; alt: string; width?: number | null; height?: number | null };

export function RecordSummary({
  ctx,
  picture,
  facts,
  place,
  contact,
}: {
  ctx: TViewContext;
  picture?: TSummaryPicture | null;
  facts: readonly TSummaryFact[];
  place?: TSummaryPlace | null;
  contact?: readonly TSummaryFact[];
}) {
  const { t } = ctx;
  return (
    <aside class="record-summary" aria-labelledby="record-summary-title">
      <h2 id="record-summary-title" class="visually-hidden">
        {t('common.summary.title')}
      </h2>
      {picture ? (
        <img
          class="record-picture"
          src={picture.src}
          alt={picture.alt}
          width={picture.width ?? undefined}
          height={picture.height ?? undefined}
          loading="lazy"
        />
      ) : null}
      {facts.length > 0 ? <SummaryFacts facts={facts} /> : null}
      {place ? <SummaryPlace ctx={ctx} place={place} /> : null}
      {contact && contact.length > 0 ? (
        <section aria-labelledby="record-summary-contact">
          <h3 id="record-summary-contact">{t('common.summary.contact')}</h3>
          <SummaryFacts facts={contact} />
        </section>
      ) : null}
    </aside>
  );
}

function SummaryFacts({ facts }: { facts: readonly TSummaryFact[] }) {
  return (
    <dl class="summary-facts">
      {facts.map((f) => (
        <div>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SummaryPlace({ ctx, place }: { ctx: TViewContext; place: TSummaryPlace }) {
  const { t } = ctx;
  const map = placeMap({ country: place.country, latitude: place.latitude, longitude: place.longitude });
  const hasPoint = place.latitude !== null && place.longitude !== null;
  // The place is isolated (FSI … PDI): "Muscat، عُمان" read in an Arabic sentence keeps its order.
  const alt = t(map?.marker ? 'common.summary.mapAltMarker' : 'common.summary.mapAlt', {
    place: `\u2068${place.name}\u2069`,
  });
  return (
    <section aria-labelledby="record-summary-place">
      <h3 id="record-summary-place">{t('common.summary.place')}</h3>
      {map ? (
        <svg
          class="place-map"
          role="img"
          aria-label={alt}
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width}
          height={map.height}
          focusable="false"
        >
          <rect class="place-map-sea" width={map.width} height={map.height} fill="#e6eff5" />
          {map.around ? (
            <path class="place-map-around" d={map.around} fill="#e4e0d6" stroke="#ffffff" />
          ) : null}
          {map.country ? (
            <path class="place-map-country" d={map.country} fill="#7fbfb3" stroke="#0b4a42" />
          ) : null}
          {map.marker ? (
            <g class="place-map-marker">
              <circle cx={map.marker.x} cy={map.marker.y} r="9" fill="#ffffff" opacity="0.8" />
              <circle
                cx={map.marker.x}
                cy={map.marker.y}
                r="5"
                fill="#b3261e"
                stroke="#ffffff"
                stroke-width="2"
              />
            </g>
          ) : null}
        </svg>
      ) : null}
      {(place.lines ?? [[place.name]]).map((parts) => (
        <p>
          <PartsText ctx={ctx} parts={parts} />
        </p>
      ))}
      {place.address ? (
        <p>
          <bdi>{place.address}</bdi>
        </p>
      ) : null}
      <ul class="plain place-links">
        {place.address ? (
          <li>
            <a href={directionsUrl(place.destination || place.address)} rel="noopener noreferrer">
              {t('common.summary.directions')}
            </a>
          </li>
        ) : null}
        {hasPoint ? (
          <li>
            <a
              href={openMapUrl(place.latitude as number, place.longitude as number)}
              rel="noopener noreferrer"
            >
              {t('common.summary.biggerMap')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
