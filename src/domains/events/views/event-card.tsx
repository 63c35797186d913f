import { countryName } from '../../../i18n/names.ts';
import { ListText, PartsText, Tx } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText, formatRangeIn, isSameWallTime, offsetLabel } from '../event-display.ts';
import type { TEvent } from '../events.record.ts';
import type { TReaderZone } from '../reader-zone.ts';

/** An event in a list: title, when (its zone, and the reader's where different), where, kind. */
export function EventCard({
  ctx,
  event,
  readerZone,
}: {
  ctx: TViewContext;
  event: TEvent;
  readerZone: TReaderZone | null;
}) {
  const { t, locale } = ctx;
  const text = eventText(event, locale);
  const place = [event.city, event.countryCode ? countryName(locale, event.countryCode) : null].filter(
    (p): p is string => Boolean(p),
  );
  const showsReader =
    readerZone !== null && !isSameWallTime(readerZone.zone, event.timeZone, event.startsAt, event.endsAt);
  return (
    <li class="card event-card">
      <h3>
        <a href={ctx.href(`/events/${encodeURIComponent(event.slug)}`)} lang={text.language} dir="auto">
          {text.title}
        </a>
      </h3>
      <p>
        <time datetime={event.startsAt}>
          {formatRangeIn(event.startsAt, event.endsAt, locale, event.timeZone, 'medium')}
        </time>{' '}
        <span class="hint">
          <Tx
            ctx={ctx}
            k="events.time.short"
            values={{ zone: event.timeZone, offset: offsetLabel(event.timeZone, event.startsAt) }}
            isolate={['zone', 'offset']}
          />
        </span>
      </p>
      {showsReader && readerZone ? (
        <p class="hint">
          <Tx ctx={ctx} k="events.time.readerZone" values={{ zone: readerZone.zone }} isolate={['zone']} />{' '}
          {formatRangeIn(event.startsAt, event.endsAt, locale, readerZone.zone, 'medium')}
        </p>
      ) : null}
      <p class="badges">
        <span class="badge">{t(`events.kind.${event.kind}`)}</span>{' '}
        <span class="badge">{t(`events.format.${event.format}`)}</span>{' '}
        {event.status === 'cancelled' ? <span class="badge warn">{t('events.status.cancelled')}</span> : null}{' '}
        {place.length > 0 ? (
          <span>
            <PartsText ctx={ctx} parts={place} />
          </span>
        ) : null}
      </p>
      {event.organizers.length > 0 ? (
        <p class="hint">
          <Tx
            ctx={ctx}
            k="events.card.by"
            nodes={{
              organizers: (
                <ListText
                  ctx={ctx}
                  items={event.organizers.map((o) => o.nameTranslations[locale] ?? o.name)}
                />
              ),
            }}
          />
        </p>
      ) : null}
    </li>
  );
}
