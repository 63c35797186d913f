import { Tx } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatRangeIn, isSameWallTime, offsetLabel, zoneLabel } from '../event-display.ts';
import type { TEvent } from '../events.record.ts';
import type { TReaderZone } from '../reader-zone.ts';

type TWhenProps = {
  ctx: TViewContext;
  event: Pick<TEvent, 'startsAt' | 'endsAt' | 'timeZone'>;
  readerZone: TReaderZone | null;
  /** Where "change time zone" brings the reader back to. */
  backPath: string;
  style?: 'full' | 'medium';
};

/**
 * An event's time as everyone needs it: in the event's own zone, named, with its UTC offset (and the
 * year: never leave readers guessing); then, where it differs, in the reader's zone — chosen, or
 * reported by the browser (filled in by time-zone.js on a first visit).
 */
export function EventWhen({ ctx, event, readerZone, backPath, style = 'full' }: TWhenProps) {
  const { t, locale } = ctx;
  const endOffset = offsetLabel(event.timeZone, event.endsAt);
  const isOffsetChanging = endOffset !== offsetLabel(event.timeZone, event.startsAt);
  const showsReader =
    readerZone !== null && !isSameWallTime(readerZone.zone, event.timeZone, event.startsAt, event.endsAt);
  return (
    <div class="event-when">
      <p>
        <time datetime={event.startsAt}>
          {formatRangeIn(event.startsAt, event.endsAt, locale, event.timeZone, style)}
        </time>
      </p>
      <p class="hint">
        <Tx
          ctx={ctx}
          k="events.time.eventZone"
          values={{ zone: zoneLabel(event.timeZone, event.startsAt, locale) }}
          isolate={['zone']}
        />
        {isOffsetChanging ? ` ${t('events.time.offsetChanges', { offset: endOffset })}` : ''}
      </p>
      {showsReader && readerZone ? (
        <p class="reader-time">
          <Tx
            ctx={ctx}
            k="events.time.readerZone"
            values={{ zone: `${readerZone.zone}, ${offsetLabel(readerZone.zone, event.startsAt)}` }}
            isolate={['zone']}
          />{' '}
          <strong>{formatRangeIn(event.startsAt, event.endsAt, locale, readerZone.zone, style)}</strong>
        </p>
      ) : null}
      {readerZone === null ? (
        <p
          class="reader-time"
          hidden
          data-reader-time=""
          data-starts={event.startsAt}
          data-ends={event.endsAt}
          data-event-zone={event.timeZone}
        >
          {t('events.time.browserZone')} <span data-reader-zone="" /> <strong data-reader-range="" />
        </p>
      ) : null}
      <p class="hint">
        <a href={ctx.href(`/time-zone?back=${encodeURIComponent(backPath)}`)}>{t('events.time.change')}</a>
      </p>
    </div>
  );
}
