import { withParam, withToggled } from '../../../core/listing.ts';
import { assetUrl } from '../../../ui/assets.ts';
import { FilterDisclosure } from '../../../ui/components/filter-disclosure.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import { calendarFacets } from '../event-vocabulary.ts';
import type { TEvent } from '../events.record.ts';
import type { TReaderZone } from '../reader-zone.ts';
import { EventCard } from './event-card.tsx';
import { calendarFacetLabel } from './facet-label.ts';

export type TMonthDay = { date: string; isInMonth: boolean; events: TEvent[] };

export type TCalendarPageProps = {
  ctx: TViewContext;
  params: URLSearchParams;
  view: 'list' | 'month';
  when: 'upcoming' | 'past';
  items: TEvent[];
  total: number;
  page: number;
  pageSize: number;
  month: { value: string; previous: string; next: string; weeks: TMonthDay[][]; zone: string } | null;
  facetCounts: Record<string, { value: string; count: number }[]>;
  selected: Record<string, string[]>;
  organizerNames: ReadonlyMap<string, string>;
  readerZone: TReaderZone | null;
  canCreate: boolean;
  /** The subscribable feed with the same filters. */
  feedPath: string;
};

/** The calendar: upcoming (or past) events as a list or a month, narrowed by kind, format, theme… */
export function CalendarPage(props: TCalendarPageProps) {
  const { ctx, params, selected } = props;
  const { t } = ctx;
  const isNarrowed = Object.keys(selected).length > 0;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  /** Links that switch one parameter (the view, upcoming or past), the current one marked. */
  const switchLinks = (
    param: 'view' | 'when',
    links: [value: string | null, isCurrent: boolean, word: string][],
  ) =>
    links.map(([value, isCurrent, word], i) => (
      <>
        {i > 0 ? ' ' : null}
        <a
          href={withParam(withoutPage(params, param), param, value)}
          aria-current={isCurrent ? 'page' : undefined}
        >
          {t(`events.calendar.${word}`)}
        </a>
      </>
    ));
  return (
    <Layout ctx={ctx} title={t('events.calendar.title')} description={t('events.calendar.lead')}>
      <h1>{t('events.calendar.title')}</h1>
      <p class="lead">{t('events.calendar.lead')}</p>
      <p class="actions">
        {props.canCreate ? (
          <a class="button" href={ctx.href('/events/new')}>
            {t('events.calendar.create')}
          </a>
        ) : null}{' '}
        <a href={props.feedPath} type="text/calendar">
          {t('events.calendar.subscribe')}
        </a>{' '}
        <a href={ctx.href('/events/recommendations')}>{t('events.calendar.recommendations')}</a>{' '}
        <a href={ctx.href(`/time-zone?back=${encodeURIComponent(ctx.href(`/events${ctx.search}`))}`)}>
          {props.readerZone
            ? t('events.calendar.zoneIs', { zone: props.readerZone.zone })
            : t('events.time.change')}
        </a>
      </p>
      <nav class="view-switch" aria-label={t('events.calendar.views')}>
        {switchLinks('view', [
          [null, props.view === 'list', 'list'],
          ['month', props.view === 'month', 'month'],
        ])}
        {props.view === 'list' ? (
          <>
            {' · '}
            {switchLinks('when', [
              [null, props.when === 'upcoming', 'upcoming'],
              ['past', props.when === 'past', 'past'],
            ])}
          </>
        ) : null}
      </nav>
      <div class="with-facets">
        <aside class="facets" aria-label={t('events.calendar.narrow')}>
          <FilterDisclosure
            ctx={ctx}
            count={Object.values(selected).reduce((n, values) => n + values.length, 0)}
          >
            <h2>{t('events.calendar.narrow')}</h2>
            {isNarrowed ? (
              <p>
                <a href={ctx.href(`/events${props.view === 'month' ? '?view=month' : ''}`)}>
                  {t('events.calendar.clear')}
                </a>
              </p>
            ) : null}
            {calendarFacets.map((facet) =>
              (props.facetCounts[facet] ?? []).length === 0 ? null : (
                <section>
                  <h3>{t(`events.facet.${facet}`)}</h3>
                  <ul>
                    {(props.facetCounts[facet] ?? []).slice(0, 25).map(({ value, count }) => (
                      <li>
                        <a
                          href={withToggled(params, facet, value)}
                          aria-current={selected[facet]?.includes(value) ? 'true' : undefined}
                        >
                          {calendarFacetLabel(ctx, facet, value, props.organizerNames)}
                        </a>{' '}
                        <span class="count">{ctx.i18n.formatNumber(count)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ),
            )}
          </FilterDisclosure>
        </aside>
        <section aria-labelledby="events-title">
          {props.view === 'month' && props.month ? (
            <MonthGrid ctx={ctx} params={params} month={props.month} />
          ) : (
            <>
              <h2 id="events-title">
                {props.when === 'past'
                  ? t('events.calendar.pastCount', { count: props.total })
                  : t('events.calendar.upcomingCount', { count: props.total })}
              </h2>
              {props.items.length === 0 ? <p>{t('events.calendar.empty')}</p> : null}
              <ul class="cards">
                {props.items.map((event) => (
                  <EventCard ctx={ctx} event={event} readerZone={props.readerZone} />
                ))}
              </ul>
              <Pager ctx={ctx} messages="events.calendar" page={props.page} pages={pages} params={params} />
            </>
          )}
        </section>
      </div>
      <script src={assetUrl('time-zone.js')} defer />
    </Layout>
  );
}

function withoutPage(params: URLSearchParams, also: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('page');
  next.delete(also);
  return next;
}

function MonthGrid({
  ctx,
  params,
  month,
}: {
  ctx: TViewContext;
  params: URLSearchParams;
  month: NonNullable<TCalendarPageProps['month']>;
}) {
  const { t, locale } = ctx;
  const first = new Date(`${month.value}-01T12:00:00Z`);
  const monthTitle = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(first);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const dayNumber = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  const dayLabel = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  // 5 January 2026 is a Monday: the header row runs Monday to Sunday.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i, 12)));
  return (
    <>
      <h2 id="events-title">{monthTitle}</h2>
      <p class="hint">{t('events.calendar.monthZone', { zone: month.zone })}</p>
      <nav class="pager" aria-label={t('events.calendar.months')}>
        <a href={withParam(params, 'month', month.previous)}>{t('events.calendar.previousMonth')}</a>{' '}
        <a href={withParam(params, 'month', month.next)}>{t('events.calendar.nextMonth')}</a>
      </nav>
      <div class="table-wrap">
        <table class="month">
          <caption class="visually-hidden">{monthTitle}</caption>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th scope="col">
                  <abbr title={weekdayLong.format(d)}>{weekday.format(d)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr>
                {week.map((day) => {
                  const date = new Date(`${day.date}T12:00:00Z`);
                  return (
                    <td class={day.isInMonth ? undefined : 'outside'}>
                      <span class="day-number" aria-hidden="true">
                        {dayNumber.format(date)}
                      </span>
                      <span class="visually-hidden">{dayLabel.format(date)}</span>
                      {day.events.length > 0 ? (
                        <ul>
                          {day.events.map((event) => (
                            <li>
                              <a href={ctx.href(`/events/${encodeURIComponent(event.slug)}`)}>
                                {eventText(event, locale).title}
                              </a>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
