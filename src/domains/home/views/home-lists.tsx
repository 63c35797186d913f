import { countryName, directionOf } from '../../../i18n/names.ts';
import { PartsText, Tx } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCampaignTeaser } from '../../campaigns/index.ts';
import type { TEventSummary } from '../../events/index.ts';
import type { TNewsTeaser } from '../../news/index.ts';
import type { TPracticeTeaser } from '../../practices/index.ts';

/**
 * The living parts of the home page: short cards of practices, events, news and campaigns, each a
 * link to the record, each title and summary in its own language and direction.
 */

export function PracticeTeaserCard({
  ctx,
  practice,
  level,
}: {
  ctx: TViewContext;
  practice: TPracticeTeaser;
  /** 4 under a sub-heading ("Featured"), else 3. */
  level: 3 | 4;
}) {
  const { t, locale } = ctx;
  const { title, summary } = practice;
  const link = <a href={ctx.href(`/practices/${encodeURIComponent(practice.slug)}`)}>{title.text}</a>;
  return (
    <li class="card teaser">
      {level === 4 ? (
        <h4 lang={title.language} dir={directionOf(title.language)}>
          {link}
        </h4>
      ) : (
        <h3 lang={title.language} dir={directionOf(title.language)}>
          {link}
        </h3>
      )}
      <p class="meta">
        <span class="badge">{t(`practices.kind.${practice.kind}`)}</span>{' '}
        {practice.isVerified ? <span class="badge verified">{t('practices.badge.verified')}</span> : null}{' '}
        {ctx.i18n.formatList(practice.countries.map((code) => countryName(locale, code)))}
      </p>
      <p class="summary" lang={summary.language} dir={directionOf(summary.language)}>
        {summary.text}
      </p>
    </li>
  );
}

export function EventTeaserCard({ ctx, event }: { ctx: TViewContext; event: TEventSummary }) {
  const { t, locale } = ctx;
  const place = [event.city, event.countryCode ? countryName(locale, event.countryCode) : null];
  return (
    <li class="card teaser">
      <h3 lang={event.language} dir={directionOf(event.language)}>
        <a href={ctx.href(`/events/${encodeURIComponent(event.slug)}`)}>{event.title}</a>
      </h3>
      <p>
        <time datetime={event.startsAt}>{event.when}</time>
      </p>
      <p class="hint">
        <Tx ctx={ctx} k="events.time.eventZone" values={{ zone: event.zone }} isolate={['zone']} />
      </p>
      <p
        class="reader-time"
        hidden
        data-reader-time=""
        data-date-style="medium"
        data-starts={event.startsAt}
        data-ends={event.endsAt}
        data-event-zone={event.timeZone}
      >
        <Tx ctx={ctx} k="events.time.readerZone" nodes={{ zone: <bdi data-reader-zone="" /> }} />{' '}
        <strong data-reader-range="" />
      </p>
      <p class="meta">
        <span class="badge">{t(`events.format.${event.format}`)}</span>{' '}
        {event.city || event.countryCode ? <PartsText ctx={ctx} parts={place} /> : null}
      </p>
    </li>
  );
}

export function NewsTeaserCard({ ctx, article }: { ctx: TViewContext; article: TNewsTeaser }) {
  const { t } = ctx;
  return (
    <li class="card teaser">
      <h3 lang={article.language} dir={directionOf(article.language)}>
        <a href={ctx.href(`/news/${encodeURIComponent(article.slug)}`)}>{article.title}</a>
      </h3>
      <p class="meta">
        <time datetime={article.publishedAt}>{ctx.i18n.formatDate(article.publishedAt, 'long')}</time>{' '}
        <span class="badge">{t(`news.category.${article.category}`)}</span>
      </p>
      <p class="summary" lang={article.language} dir={directionOf(article.language)}>
        {article.summary}
      </p>
    </li>
  );
}

export function CampaignTeaserCard({ ctx, campaign }: { ctx: TViewContext; campaign: TCampaignTeaser }) {
  const { t } = ctx;
  return (
    <li class="card teaser">
      <h3 lang={campaign.language} dir={directionOf(campaign.language)}>
        <a href={ctx.href(`/campaigns/${encodeURIComponent(campaign.slug)}`)}>{campaign.title}</a>
      </h3>
      <p lang={campaign.language} dir={directionOf(campaign.language)}>
        {campaign.goal}
      </p>
      <p class="endorsements">
        <strong>{t('campaigns.endorsedBy', { count: campaign.endorsements })}</strong>
        {campaign.endsOn ? (
          <>
            {' · '}
            {t('home.campaigns.until', { date: ctx.i18n.formatDate(campaign.endsOn, 'long') })}
          </>
        ) : null}
      </p>
    </li>
  );
}
